import { z } from 'zod';
import type { Diagnostics } from '../diagnostics';
import { check } from './checks';
import { splitList, textCell, type CellReader } from './csv-entries';
import { loadEntries, type ListFile, type ListSpec } from './entries';
import { audience, optional, text } from './fields';
import type { Source } from './read';
import type { Control } from './types';

/** One entry of content/controls.yaml, as content.md defines it. */
export const controlSchema = z
  .strictObject({
    id: check(z.string(), (id) => /^[a-z0-9-]+$/.test(id), {
      rule: 'id-format',
      problem: 'is not a valid id',
      expected: 'lower-case letters, digits and hyphens, e.g. "data-in-transit"',
    }).describe('a stable identifier, unique, of lower-case letters, digits and hyphens'),
    area: text('the control area, e.g. "Data in transit"'),
    control: text('what is in place, one or more sentences; inline Markdown allowed'),
    frameworks: optional(z.record(z.string(), z.array(text('a framework reference, e.g. CC6.7')))).describe(
      'a mapping of framework to list of references, e.g. { soc2: [CC6.7], iso27001: [A.8.24] }',
    ),
    audience,
  })
  .describe('a control: id, area, control and optional frameworks');

/**
 * The frameworks column of controls.csv: frameworks separated by `;`, each `name: ref, ref`, e.g.
 * `soc2: CC6.1, CC6.7; iso27001: A.8.24`. Commas cannot separate frameworks as they separate refs.
 */
export const frameworksCell: CellReader = (cell, diagnostics) => {
  const frameworks: Record<string, string[]> = {};
  for (const part of splitList(cell.value, ';')) {
    const colon = part.indexOf(':');
    const name = part.slice(0, Math.max(colon, 0)).trim();
    const refs = splitList(part.slice(colon + 1), ',');
    const problem =
      colon === -1 || name === '' ? `"${part}" does not name a framework` : refs.length === 0 ? `framework "${name}" has no references` : name in frameworks ? `framework "${name}" is listed twice` : undefined;
    if (problem) {
      diagnostics.error(cell.at, 'controls/frameworks-format', `the frameworks cell cannot be read: ${problem}; write frameworks as "name: ref, ref; name: ref"`, {
        expected: 'e.g. "soc2: CC6.1, CC6.7; iso27001: A.8.24"',
        actual: JSON.stringify(cell.value),
      });
      return undefined;
    }
    frameworks[name] = refs;
  }
  return frameworks;
};

const spec: ListSpec<z.output<typeof controlSchema>> = {
  scope: 'controls',
  expected: 'a list of controls, each a mapping with id, area and control',
  schema: controlSchema,
  columns: { scope: 'controls', readers: { id: textCell, area: textCell, control: textCell, frameworks: frameworksCell, audience: textCell }, required: ['id', 'area', 'control'] },
};

/** Reads controls.yaml or controls.csv; entries that fail their schema are reported and left out. */
export function loadControls(source: Source, diagnostics: Diagnostics): Control[] {
  return loadEntries(source, spec, diagnostics).map(({ value, at, positions, unread }) => ({
    ...value,
    frameworks: value.frameworks ?? {},
    ...(unread.has('frameworks') ? { frameworksUnread: true as const } : {}),
    at,
    positions,
  }));
}

/** content/controls.yaml or content/controls.csv. */
export const controlsFile: ListFile<Control> = { base: 'controls', expected: spec.expected, load: loadControls };
