import type { Diagnostics, Position } from '../diagnostics';
import type { Answer } from '../load/types';
import type { Scope } from './markdown/context';
import { resolvePlain } from './markdown/placeholders';

/** A library answer with its placeholders filled in: what a customer reads. */
export interface AnswerText {
  id: string;
  question: string;
  alternatives: string[];
  answer: string;
  short: Answer['short'];
  controls: string[];
  subprocessors: string[];
  caiq: string[];
  /** As written, else the site's default audience (`site.defaultAudience`, public unless set). */
  audience: NonNullable<Answer['audience']>;
  reviewed: string;
}

/** Fills the placeholders of every answer, reporting unknown ones where they were written. */
export function resolveAnswers(answers: readonly Answer[], values: ReadonlyMap<string, string>, defaultAudience: AnswerText['audience'], diagnostics: Diagnostics): AnswerText[] {
  return answers.map((a) => {
    const fill = (field: 'question' | 'answer') => resolvePlain(a[field], (offset) => offset, scopeFor(a, field, values, diagnostics));
    return {
      id: a.id,
      question: fill('question'),
      alternatives: a.alternatives,
      answer: fill('answer'),
      short: a.short,
      controls: a.controls,
      subprocessors: a.subprocessors,
      caiq: a.caiq,
      audience: a.audience ?? defaultAudience,
      reviewed: a.reviewed,
    };
  });
}

/** The placeholder code's view of one field: an offset maps to the `{{` it opens, as the loader recorded it. */
function scopeFor(answer: Answer, field: 'question' | 'answer', values: ReadonlyMap<string, string>, diagnostics: Diagnostics): Scope {
  const text = answer[field];
  const start: Position = answer.positions.of(field, answer.at);
  return {
    ctx: { file: start.file, values, tables: new Set(), exists: () => false, anchors: new Set(), diagnostics },
    at(offset) {
      let index = 0;
      for (let i = text.indexOf('{{'); i !== -1 && i < offset; i = text.indexOf('{{', i + 2)) index++;
      return answer.positions.of(`${field}{{${index}}}`, start);
    },
    refs: [],
  };
}
