import type { AnswerText } from '../model/answers';
import { neutraliseFormula } from '../text';
import { writeCsv } from './csv';

/** CAIQ v4's answer column takes Yes, No or NA; partial is written No, so that nothing is overclaimed. */
const CAIQ_ANSWER: Record<AnswerText['short'], string> = { yes: 'Yes', no: 'No', partial: 'No', 'n/a': 'NA' };

/** The export's columns: CSA's question id, our answer, our implementation description. */
export const CAIQ_HEADER = ['Question ID', 'CSP CAIQ Answer', 'CSP Implementation Description'] as const;

/**
 * out/answers/caiq-v4.csv: one row per CAIQ question id of the library, in id order, holding only the id
 * and our own words (CSA's question text is under its licence). Only public answers are exported: a
 * completed CAIQ is often published, e.g. in CSA's STAR registry. A field that opens like a formula is
 * made inert. Returns the CSV and the nda entries left out.
 */
export function caiqExport(library: readonly AnswerText[]): { csv: string; rows: number; leftOut: string[] } {
  const rows = new Map<string, string[]>();
  const leftOut: string[] = [];
  for (const answer of library) {
    if (answer.caiq.length === 0) continue;
    if (answer.audience !== 'public') {
      leftOut.push(answer.id);
      continue;
    }
    // The first answer to claim an id keeps it, as answers/caiq-duplicate warns.
    for (const id of answer.caiq) if (!rows.has(id)) rows.set(id, [id, CAIQ_ANSWER[answer.short], answer.answer].map(neutraliseFormula));
  }
  const sorted = [...rows.values()].sort((a, b) => compareIds(a[0], b[0]));
  return { csv: writeCsv([[...CAIQ_HEADER], ...sorted], { delimiter: ',', lineEnding: '\r\n', bom: false }), rows: sorted.length, leftOut };
}

/** `IAM-04.1` before `IAM-14.1` before `IAM-14.10`: domain, then control, then question, as numbers. */
function compareIds(a: string, b: string): number {
  const parts = (id: string) => /^(.*)-(\d+)\.(\d+)$/.exec(id)?.slice(1) ?? [id, '0', '0'];
  const [da, ca, qa] = parts(a);
  const [db, cb, qb] = parts(b);
  return da < db ? -1 : da > db ? 1 : Number(ca) - Number(cb) || Number(qa) - Number(qb);
}
