import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { Diagnostics, Position } from '../diagnostics';
import { check, isCalendarDate } from './checks';
import { listCell, textCell } from './csv-entries';
import { loadEntries, type ListSpec } from './entries';
import { optional, text } from './fields';
import { fileStart, listNames, projectPath, type LoadContext } from './paths';
import { firstOfEachKey } from './duplicates';
import { readSource, type Source } from './read';
import type { Answer } from './types';

/** The one-word answers a questionnaire's Yes/No column takes. */
export const SHORT_ANSWERS = ['yes', 'no', 'partial', 'n/a'] as const;

/** Who may receive an answer: anyone, or a customer under NDA. */
export const AUDIENCES = ['public', 'nda'] as const;

const list = (description: string) => optional(z.array(text(description)));

/** One entry of content/answers.yaml, as docs/content.md defines it. */
export const answerSchema = z
  .strictObject({
    id: check(z.string(), (id) => /^[a-z0-9-]+$/.test(id), {
      rule: 'id-format',
      problem: 'is not a valid id',
      expected: 'lower-case letters, digits and hyphens, e.g. "encryption-at-rest"',
    }).describe('a stable identifier, unique across the library; the Source column of an answered questionnaire names it'),
    question: text('the question in the team\'s own words, e.g. "Is customer data encrypted at rest?"'),
    alternatives: list('another way customers ask the same question').describe('other phrasings of the question, to help matching'),
    answer: text('the approved answer, plain text; {{placeholders}} are filled in'),
    short: z.enum(SHORT_ANSWERS).describe('the one-word answer: yes, no, partial or n/a'),
    controls: list('a control id of controls.yaml').describe('ids of the controls the answer rests on'),
    subprocessors: list('a subprocessor name of subprocessors.yaml').describe('names of the subprocessors the answer mentions'),
    caiq: list('a CAIQ v4 question id, e.g. CEK-03.1').describe('the CAIQ v4 question ids this entry answers'),
    audience: optional(z.enum(AUDIENCES)).describe('public (default) or nda: nda answers go only to customers under NDA'),
    owner: optional(text('who keeps the answer current, e.g. Security')),
    reviewed: check(z.string(), isCalendarDate, {
      rule: 'date',
      problem: 'is not a real calendar date',
      expected: 'the day the answer was last approved, YYYY-MM-DD, e.g. 2026-06-26',
    }).describe('the day the answer was last approved, YYYY-MM-DD'),
  })
  .describe('an answer: id, question, answer, short, reviewed, and optional alternatives, controls, subprocessors, caiq, audience and owner');

const spec: ListSpec<z.output<typeof answerSchema>> = {
  scope: 'answers',
  expected: 'a list of answers, each a mapping with id, question, answer, short and reviewed',
  schema: answerSchema,
  // The library is YAML only; the columns satisfy the shared list reader.
  columns: { scope: 'answers', readers: { id: textCell, question: textCell, answer: textCell, alternatives: listCell }, required: ['id', 'question', 'answer'] },
};

/** Reads one answers file; entries that fail their schema are reported and left out. */
export function loadAnswerFile(source: Source, diagnostics: Diagnostics): Answer[] {
  const lineStarts = [0];
  for (let i = 0; i < source.text.length; i++) if (source.text[i] === '\n') lineStarts.push(i + 1);
  return loadEntries(source, spec, diagnostics).map(({ value, at, positions }) => {
    // Where each `{{` of the question and answer was written, so that a placeholder's finding points at it.
    const places = new Map<string, Position>();
    for (const field of ['question', 'answer'] as const) {
      const start = positions.of(field);
      placeholderStarts(source, lineStarts, start, value[field]).forEach((p, i) => places.set(`${field}{{${i}}}`, p));
    }
    return {
      ...value,
      alternatives: value.alternatives ?? [],
      controls: value.controls ?? [],
      subprocessors: value.subprocessors ?? [],
      caiq: value.caiq ?? [],
      at,
      positions: positions.with(places),
    };
  });
}

/**
 * The places of the first `{{` occurrences after a value's start, one per `{{` of the parsed value. Folding
 * and quoting change a scalar's line breaks and spaces, never its braces, so the n-th of each is the same one.
 */
function placeholderStarts(source: Source, lineStarts: readonly number[], start: Position, value: string): Position[] {
  const count = value.split('{{').length - 1;
  const found: Position[] = [];
  let offset = (lineStarts[start.line - 1] ?? 0) + start.column - 1;
  while (found.length < count) {
    offset = source.text.indexOf('{{', offset);
    if (offset === -1) break;
    let line = 0;
    while (line + 1 < lineStarts.length && lineStarts[line + 1] <= offset) line++;
    found.push({ file: source.file, line: line + 1, column: offset - lineStarts[line] + 1 });
    offset += 2;
  }
  return found;
}

/**
 * content/answers.yaml, or every content/answers/*.yaml in file-name order; none is fine, as a project
 * that answers no questionnaires needs no library. Ids are unique across all the files.
 */
export function loadAnswers(ctx: LoadContext, diagnostics: Diagnostics): Answer[] {
  const single = path.join(ctx.contentDir, 'answers.yaml');
  const folder = path.join(ctx.contentDir, 'answers');
  const files = listNames(folder)
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => path.join(folder, name));
  if (fs.existsSync(single) && files.length > 0) {
    diagnostics.error(fileStart(projectPath(ctx, single)), 'content/conflict', 'both answers.yaml and an answers/ folder exist; keep one of them (both are read meanwhile)', {
      expected: 'either content/answers.yaml or content/answers/*.yaml',
      actual: 'both',
    });
  }
  const answers = [...(fs.existsSync(single) ? [single] : []), ...files].flatMap((abs) => {
    const source = readSource(abs, projectPath(ctx, abs), diagnostics, { expected: spec.expected });
    return source ? loadAnswerFile(source, diagnostics) : [];
  });
  const first = firstOfEachKey(answers, (answer) => answer.id, (answer, earlier) =>
    diagnostics.error(answer.at, 'answers/duplicate-id', `id "${answer.id}" is already used by another answer; give each answer its own id`, {
      expected: 'a unique id',
      actual: `the id of the answer at ${earlier.at.file}:${earlier.at.line}`,
    }),
  );
  return answers.filter((answer) => first.get(answer.id) === answer);
}
