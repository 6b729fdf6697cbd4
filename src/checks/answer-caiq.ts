import { answerPlace, libraryOf } from './answer-place';
import type { LintRule } from './rule';

/** The 17 domains of the Cloud Controls Matrix v4, whose codes start every CAIQ v4 question id. */
export const CAIQ_DOMAINS = ['A&A', 'AIS', 'BCR', 'CCC', 'CEK', 'DCS', 'DSP', 'GRC', 'HRS', 'IAM', 'IPY', 'IVS', 'LOG', 'SEF', 'STA', 'TVM', 'UEM'] as const;

const QUESTION_ID = /^([A-Z&]{2,4})-(\d{2})\.(\d{1,2})$/;

/** Why `id` is not a CAIQ v4 question id (domain, two-digit control, question number), or undefined when it is one. */
export function caiqProblem(id: string): string | undefined {
  const match = QUESTION_ID.exec(id);
  if (!match) return 'is not written as a CAIQ v4 question id: domain, hyphen, two-digit control, dot, question number';
  if (!(CAIQ_DOMAINS as readonly string[]).includes(match[1])) return `starts with "${match[1]}", which is not a CCM v4 domain`;
  return undefined;
}

/** A malformed CAIQ id would put the answer on no row, or the wrong row, of CSA's workbook. */
export const answerCaiqFormat: LintRule = {
  id: 'answers/caiq-format',
  check(ctx) {
    for (const answer of libraryOf(ctx.model.content)) {
      answer.caiq.forEach((id, i) => {
        const problem = caiqProblem(id);
        if (!problem) return;
        ctx.report(answerPlace(answer, `caiq[${i}]`), `Answer "${answer.id}": "${id}" ${problem}; write it as in CSA's workbook, e.g. CEK-03.1`, {
          expected: `a question id such as CEK-03.1, with a domain of ${CAIQ_DOMAINS.join(', ')}`,
          actual: JSON.stringify(id),
        });
      });
    }
  },
};

/** Two answers to one CAIQ question would give the export two rows for it, and the workbook one cell. */
export const answerCaiqDuplicate: LintRule = {
  id: 'answers/caiq-duplicate',
  check(ctx) {
    const first = new Map<string, string>();
    for (const answer of libraryOf(ctx.model.content)) {
      answer.caiq.forEach((id, i) => {
        const earlier = first.get(id);
        if (earlier === undefined) {
          first.set(id, answer.id);
          return;
        }
        ctx.report(answerPlace(answer, `caiq[${i}]`), `CAIQ question ${id} is answered by both "${earlier}" and "${answer.id}"; keep it on the one that answers it, since the export uses "${earlier}"`, {
          expected: 'each CAIQ id on one answer',
          actual: `"${earlier}" and "${answer.id}"`,
        });
      });
    }
  },
};
