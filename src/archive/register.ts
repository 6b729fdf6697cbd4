import { readFileSync } from 'node:fs';
import { mkdir, open } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../diagnostics';

/** The register's file name, at the top of the archive folder. */
export const REGISTER_FILE = 'register.jsonl';

/** One line of the distribution register: one edition built for one recipient. */
export interface RegisterEntry {
  recipient: string;
  email: string | null;
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

/**
 * One register line for a customer's questionnaire answered from the library. Edition lines have no
 * `kind`, so every register written before questionnaires were answered still reads the same.
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

/** One register line, keys always in the same order. */
export function formatRegisterLine(entry: RegisterEntry): string {
  const { recipient, email, reviewDate, revision, sent, documentId, zip, zipSha256, builtAt } = entry;
  return `${JSON.stringify({ recipient, email, reviewDate, revision, sent, documentId, zip, zipSha256, builtAt })}\n`;
}

/**
 * Appends one line to `<archiveDir>/register.jsonl` and flushes it to disk. The file is opened for
 * appending only and written with one call per line, so earlier lines are never rewritten and
 * concurrent builds cannot interleave within a line.
 */
export async function appendRegister(archiveDir: string, entry: RegisterEntry): Promise<string> {
  return appendLine(archiveDir, formatRegisterLine(entry));
}

/** Appends a questionnaire line to the register, the same way as an edition's. */
export async function appendQuestionnaire(archiveDir: string, entry: QuestionnaireEntry): Promise<string> {
  const { kind, recipient, questionnaire, questionnaireSha256, answered, answeredSha256, reviewDate, questions, answers, builtAt } = entry;
  return appendLine(archiveDir, `${JSON.stringify({ kind, recipient, questionnaire, questionnaireSha256, answered, answeredSha256, reviewDate, questions, answers, builtAt })}\n`);
}

async function appendLine(archiveDir: string, line: string): Promise<string> {
  const file = path.join(archiveDir, REGISTER_FILE);
  await mkdir(archiveDir, { recursive: true });
  const handle = await open(file, 'a');
  try {
    await handle.write(line);
    await handle.sync();
  } catch (error) {
    throw new UserError(`Could not append to the distribution register ${file}: ${(error as Error).message}`);
  } finally {
    await handle.close();
  }
  return file;
}

/** Every edition of the register, oldest first; an empty list when there is none yet. */
export function readRegister(archiveDir: string): RegisterEntry[] {
  return readLines(archiveDir).filter((e): e is RegisterEntry => !('kind' in e));
}

/** Every answered questionnaire of the register, oldest first. */
export function readQuestionnaires(archiveDir: string): QuestionnaireEntry[] {
  return readLines(archiveDir).filter((e): e is QuestionnaireEntry => 'kind' in e);
}

function readLines(archiveDir: string): (RegisterEntry | QuestionnaireEntry)[] {
  const file = path.join(archiveDir, REGISTER_FILE);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const entries: (RegisterEntry | QuestionnaireEntry)[] = [];
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new UserError(`${file}:${index + 1}: the line is not JSON; the register is append-only, so restore the line from a backup.`);
    }
    if (isQuestionnaire(value)) {
      entries.push(value);
      return;
    }
    if (!isEntry(value)) throw new UserError(`${file}:${index + 1}: the line is not a register entry (recipient, reviewDate, sent, documentId, zip...).`);
    entries.push(value);
  });
  return entries;
}

function isEntry(value: unknown): value is RegisterEntry {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  const strings = ['recipient', 'reviewDate', 'sent', 'documentId', 'zip', 'zipSha256', 'builtAt'];
  return strings.every((key) => typeof v[key] === 'string') && typeof v.revision === 'number' && (v.email === null || typeof v.email === 'string');
}

function isQuestionnaire(value: unknown): value is QuestionnaireEntry {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return v.kind === 'questionnaire' && typeof v.questionnaire === 'string' && typeof v.answered === 'string' && (v.recipient === null || typeof v.recipient === 'string');
}
