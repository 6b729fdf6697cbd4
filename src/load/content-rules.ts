import type { Diagnostics } from '../diagnostics';
import { firstOfEachKey } from './duplicates';
import type { Control, Subprocessor } from './types';

/** What a content rule sees: the entries that passed their schemas. */
export interface ContentRuleContext {
  controls: readonly Control[];
  subprocessors: readonly Subprocessor[];
  diagnostics: Diagnostics;
}

/** A check across entries or files. */
export type ContentRule = (ctx: ContentRuleContext) => void;

/** Control ids are unique: they are how other documents and reviewers refer to a control. */
export const uniqueControlIds: ContentRule = ({ controls, diagnostics }) => {
  firstOfEachKey(controls, (control) => control.id, (control, earlier) =>
    diagnostics.error(control.at, 'controls/duplicate-id', `id "${control.id}" is already used by another control; give each control its own id`, {
      expected: 'a unique id',
      actual: `the id of the control at line ${earlier.at.line}`,
    }),
  );
};

/** Subprocessor names are unique, ignoring case: the DPA annex lists each entity once. */
export const uniqueSubprocessorNames: ContentRule = ({ subprocessors, diagnostics }) => {
  firstOfEachKey(subprocessors, (subprocessor) => subprocessor.name.trim().toLowerCase(), (subprocessor, earlier) =>
    diagnostics.error(subprocessor.at, 'subprocessors/duplicate-name', `"${subprocessor.name}" is listed twice; merge the two entries`, {
      expected: 'a unique name',
      actual: `the name of the subprocessor at line ${earlier.at.line}`,
    }),
  );
};

/** Every content rule, in the order they run. */
export const contentRules: readonly ContentRule[] = [uniqueControlIds, uniqueSubprocessorNames];
