import path from 'node:path';
import { UserError } from '../diagnostics';
import { writeFileOnce } from './atomic';

/** Where change notices are kept: `<archiveDir>/notices/<noticeDate>/<file>.pdf`. */
export const NOTICES_DIR = 'notices';

/** `<archiveDir>/notices/<noticeDate>/<fileName>`. */
export function noticePath(archiveDir: string, noticeDate: string, fileName: string): string {
  return path.join(archiveDir, NOTICES_DIR, noticeDate, fileName);
}

/**
 * Keeps a notice as sent, never replacing one already there: the same notice made again on the same day
 * is `unchanged`; a different one under the same name is refused, since the first may have gone out.
 */
export async function archiveNotice(file: string, bytes: Buffer): Promise<{ status: 'stored' | 'unchanged'; file: string }> {
  const archived = await writeFileOnce(file, bytes);
  return archived ? same(file, archived, bytes) : { status: 'stored', file };
}

function same(file: string, archived: Buffer, bytes: Buffer): { status: 'unchanged'; file: string } {
  if (archived.equals(bytes)) return { status: 'unchanged', file };
  throw new UserError(
    `${file} is already archived with different content: a notice of that date may have been sent. ` +
      'The tool never replaces an archived notice; date the new one another day with NOTICE_DATE= (--notice-date).',
  );
}
