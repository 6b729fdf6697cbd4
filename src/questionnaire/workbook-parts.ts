import { fromBufferPromise } from 'yauzl';
import { QUESTIONNAIRE_LIMITS, QuestionnaireRefused, WORKSHEET_PART, type WorkbookPart } from './bounds';

/** The zip cannot be read at all: not a workbook, or a damaged one. */
export class NotAWorkbook extends Error {}

const MIB = 1024 * 1024;

/**
 * Inflates every part of a workbook's zip once, counting the bytes as they come, and keeps the parts the
 * bounds are checked on (the workbook, its relationships, the sheets and the shared strings) as text.
 * Throws QuestionnaireRefused past `QUESTIONNAIRE_LIMITS.inflatedBytes` or `parts`, so that memory stays
 * bounded by the limit whatever the zip's headers declare, and NotAWorkbook when it is no zip.
 */
export async function readWorkbookParts(bytes: Buffer): Promise<WorkbookPart[]> {
  const limits = QUESTIONNAIRE_LIMITS;
  const kept: WorkbookPart[] = [];
  let zipfile;
  try {
    zipfile = await fromBufferPromise(bytes, { validateEntrySizes: true });
  } catch (error) {
    throw new NotAWorkbook((error as Error).message);
  }
  let total = 0;
  let parts = 0;
  try {
    for await (const entry of zipfile.eachEntry()) {
      if (++parts > limits.parts) throw new QuestionnaireRefused(`the workbook holds more than ${limits.parts.toLocaleString('en-US')} parts, more than any questionnaire; it was not opened`);
      // exceljs strips a leading slash from part names; the bounds must see the names it sees.
      const name = entry.fileName.replace(/^\//, '');
      if (name.endsWith('/')) continue;
      const keep = name === 'xl/workbook.xml' || name === 'xl/_rels/workbook.xml.rels' || name === 'xl/sharedStrings.xml' || WORKSHEET_PART.test(name);
      const chunks: Buffer[] = [];
      for await (const chunk of await zipfile.openReadStreamPromise(entry)) {
        total += (chunk as Buffer).length;
        if (total > limits.inflatedBytes) {
          throw new QuestionnaireRefused(`the workbook inflates to more than ${limits.inflatedBytes / MIB} MiB (at the part ${JSON.stringify(name)}), more than any questionnaire; it looks like a compression bomb and was not opened`);
        }
        if (keep) chunks.push(chunk as Buffer);
      }
      if (keep) kept.push({ name, text: Buffer.concat(chunks).toString('utf8') });
    }
  } catch (error) {
    if (error instanceof QuestionnaireRefused) throw error;
    throw new NotAWorkbook((error as Error).message);
  } finally {
    zipfile.close();
  }
  return kept;
}
