import fs from 'node:fs';
import path from 'node:path';
import { UsageError, UserError } from '../diagnostics';
import { readGivenFile } from './given';

/** A customer's questionnaire larger than this is not a questionnaire; refusing it keeps memory bounded. */
export const MAX_QUESTIONNAIRE_BYTES = 20 * 1024 * 1024;

/** A questionnaire file as read from disk. */
export interface QuestionnaireFile {
  /** As the user named it, for messages. */
  file: string;
  abs: string;
  /** The file name without its extension, which names the answered copy. */
  name: string;
  format: 'xlsx' | 'csv';
  bytes: Buffer;
}

/** Reads a customer's questionnaire (.xlsx or .csv); a clear error when it cannot be used. Never writes. */
export function readQuestionnaire(file: string): QuestionnaireFile {
  const abs = path.resolve(file);
  const ext = path.extname(abs).toLowerCase();
  if (ext !== '.xlsx' && ext !== '.csv') {
    const hint = ext === '.xls' ? ' Open it in a spreadsheet program and save it as .xlsx.' : '';
    throw new UsageError(`${file}: a questionnaire must be an .xlsx workbook or a .csv file, not "${ext || 'no extension'}".${hint}`);
  }
  let bytes: Buffer;
  try {
    bytes = readGivenFile(abs, { what: 'questionnaire', expected: 'the .xlsx or .csv file a customer sent', maxBytes: MAX_QUESTIONNAIRE_BYTES });
  } catch (error) {
    if (!fs.existsSync(abs)) throw new UserError(`${file}: the questionnaire does not exist; check the path given to QUESTIONNAIRE=.`);
    throw error;
  }
  return { file, abs, name: path.basename(abs, path.extname(abs)), format: ext === '.xlsx' ? 'xlsx' : 'csv', bytes };
}
