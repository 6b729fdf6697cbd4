import { readFileSync } from 'node:fs';
import { mkdir, open } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../diagnostics';
import { writeError } from './location';
import { writeStep } from './steps';

/** The register's file name, at the top of the archive folder. */
export const REGISTER_FILE = 'register.jsonl';

/**
 * One line of the distribution register: one edition built for one recipient. Every line is complete on
 * its own: a field the build was not given (an email, say) is carried over from the recipient's previous
 * line when it is written, and a field nobody ever gave is null, never left out.
 */
export interface RegisterEntry {
  kind: 'edition';
  recipient: string;
  email: string | null;
  /** The counterparty's address filled into the NDA and DPA. */
  address: string | null;
  /** The counterparty's signatory, printed in the signature block. */
  signatory: string | null;
  reviewDate: string;
  /** The archive revision of the review date the edition was made from: 1, or N for `<date>-r<N>`. */
  revision: number;
  sent: string;
  documentId: string;
  /** The zip's file name as the recipient receives it. */
  zip: string;
  zipSha256: string;
  /** When the edition was built, ISO 8601 UTC: the register is a log, not part of any package. */
  builtAt: string;
}

/** One line of the register recording a change notice addressed to one recipient: the proof it was made. */
export interface NoticeEntry {
  kind: 'notice';
  recipient: string;
  email: string | null;
  /** The review date of the version the notice announces (the diff's TO), and its revision. */
  reviewDate: string;
  revision: number | null;
  /** The review date of the version compared against (the diff's FROM). */
  fromReviewDate: string;
  /** The date of notice, which starts the objection period. */
  sent: string;
  /** The notice PDF as the recipient receives it, and where the archive keeps it. */
  file: string;
  archived: string;
  sha256: string;
  builtAt: string;
}



/**
 * One register line for a customer's questionnaire answered from the library.
 */
export interface QuestionnaireEntry {
  kind: 'questionnaire';
  /** Who the answers go to, when RECIPIENT= named them. */
  recipient: string | null;
  /** The customer's file name. */
  questionnaire: string;
  questionnaireSha256: string;
  /** The answered copy's file name. */
  answered: string;
  answeredSha256: string;
  /** The review date of the content the answers came from. */
  reviewDate: string;
  questions: number;
  answers: number;
  builtAt: string;
}

export type RegisterLine = RegisterEntry | NoticeEntry | QuestionnaireEntry;

/** One register line, every field present, keys always in the same order. */
export function formatRegisterLine(entry: RegisterLine): string {
  if (entry.kind === 'questionnaire') {
    const { kind, recipient, questionnaire, questionnaireSha256, answered, answeredSha256, reviewDate, questions, answers, builtAt } = entry;
    return `${JSON.stringify({ kind, recipient, questionnaire, questionnaireSha256, answered, answeredSha256, reviewDate, questions, answers, builtAt })}\n`;
  }
  if (entry.kind === 'notice') {
    const { kind, recipient, email, reviewDate, revision, fromReviewDate, sent, file, archived, sha256, builtAt } = entry;
    return `${JSON.stringify({ kind, recipient, email, reviewDate, revision, fromReviewDate, sent, file, archived, sha256, builtAt })}\n`;
  }
  const { kind, recipient, email, address, signatory, reviewDate, revision, sent, documentId, zip, zipSha256, builtAt } = entry;
  return `${JSON.stringify({ kind, recipient, email, address, signatory, reviewDate, revision, sent, documentId, zip, zipSha256, builtAt })}\n`;
}

/**
 * Appends one line to `<archiveDir>/register.jsonl` and flushes it to disk. The file is opened for
 * appending only and written with one call per line, so earlier lines are never rewritten and
 * concurrent builds cannot interleave within a line.
 */
export async function appendRegister(archiveDir: string, entry: RegisterLine): Promise<string> {
  const line = formatRegisterLine(entry);
  const file = path.join(archiveDir, REGISTER_FILE);
  const handle = await mkdir(archiveDir, { recursive: true })
    .then(() => open(file, 'a'))
    .catch((error: unknown) => writeError(error, `the distribution register ${file}`));
  try {
    writeStep('register-append', file);
    await handle.write(line);
    await handle.sync();
  } catch (error) {
    throw new UserError(`Could not append to the distribution register ${file}: ${(error as Error).message}`);
  } finally {
    await handle.close();
  }
  return file;
}

/** Every answered questionnaire of the register, oldest first. */
export function readQuestionnaires(archiveDir: string): QuestionnaireEntry[] {
  return readRegisterLines(archiveDir).filter((line): line is QuestionnaireEntry => line.kind === 'questionnaire');
}

/** Every line of the register, oldest first; an empty list when there is none yet. */
export function readRegisterLines(archiveDir: string): RegisterLine[] {
  const file = path.join(archiveDir, REGISTER_FILE);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    return writeError(error, `the distribution register ${file}`, 'read');
  }
  const entries: RegisterLine[] = [];
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new UserError(`${file}:${index + 1}: the line is not JSON; the register is append-only, so restore the line from a backup.`);
    }
    const entry = asLine(value);
    if (!entry) throw new UserError(`${file}:${index + 1}: the line is not a register entry (kind, recipient, reviewDate, sent, documentId, zip...).`);
    entries.push(entry);
  });
  return entries;
}

/** The editions of the register, oldest first: what `diff` and `list` count recipients from. */
export function readRegister(archiveDir: string): RegisterEntry[] {
  return readRegisterLines(archiveDir).filter((line): line is RegisterEntry => line.kind === 'edition');
}

/** The recipient's latest edition line, matched by exact name: where a new line takes the fields it was not given. */
export function latestFor(register: readonly RegisterEntry[], recipient: string): RegisterEntry | undefined {
  return register.filter((entry) => entry.recipient === recipient).at(-1);
}

const orNull = (value: unknown): string | null => (typeof value === 'string' ? value : null);

function asLine(value: unknown): RegisterLine | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Record<string, unknown>;
  const strings = (keys: string[]) => keys.every((key) => typeof v[key] === 'string');
  const email = v.email === undefined || v.email === null || typeof v.email === 'string';
  if (isQuestionnaire(v)) return v;
  if (v.kind === 'notice') {
    const ok = strings(['recipient', 'reviewDate', 'fromReviewDate', 'sent', 'file', 'archived', 'sha256', 'builtAt']) && email;
    return ok ? ({ ...v, email: orNull(v.email), revision: typeof v.revision === 'number' ? v.revision : null } as NoticeEntry) : undefined;
  }
  // Lines written before `kind`, `address` and `signatory` existed are editions without those fields.
  if (v.kind !== undefined && v.kind !== 'edition') return undefined;
  const ok = strings(['recipient', 'reviewDate', 'sent', 'documentId', 'zip', 'zipSha256', 'builtAt']) && typeof v.revision === 'number' && email;
  if (!ok) return undefined;
  return { ...(v as unknown as RegisterEntry), kind: 'edition', email: orNull(v.email), address: orNull(v.address), signatory: orNull(v.signatory) };
}

function isQuestionnaire(value: unknown): value is QuestionnaireEntry {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return v.kind === 'questionnaire' && typeof v.questionnaire === 'string' && typeof v.answered === 'string' && (v.recipient === null || typeof v.recipient === 'string');
}
