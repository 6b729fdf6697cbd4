import { link, mkdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../diagnostics';
import { writeFileAtomic } from './atomic';

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
  const existing = await readFile(file).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw error;
  });
  if (existing) return same(file, existing, bytes);
  await mkdir(path.dirname(file), { recursive: true });
  // A temporary name, then a hard link: link() fails when the name exists, so nothing archived is ever replaced.
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.tmp-${process.pid}`);
  await writeFileAtomic(temp, bytes);
  try {
    await link(temp, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw new UserError(`Could not archive ${file}: ${(error as Error).message}`);
    return same(file, await readFile(file), bytes);
  } finally {
    await rm(temp, { force: true });
  }
  return { status: 'stored', file };
}

function same(file: string, archived: Buffer, bytes: Buffer): { status: 'unchanged'; file: string } {
  if (archived.equals(bytes)) return { status: 'unchanged', file };
  throw new UserError(
    `${file} is already archived with different content: a notice of that date may have been sent. ` +
      'The tool never replaces an archived notice; date the new one another day with NOTICE_DATE= (--notice-date).',
  );
}
