import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { UserError } from '../diagnostics';
import { MANIFEST_PATH } from './paths';
import { readZip, ZIP_LIMITS } from './unzip';
import { readGivenFile } from '../load/given';
import { checkPackageFiles, type VerifyProblem, type VerifyResult } from './verify-check';
import { checkSignature, type AllowedSignersFile, type SignatureReport } from './verify-signature';

/** What to check beyond the checksums: the signature against an allowed_signers file the caller read. */
export interface VerifyOptions {
  allowedSigners?: AllowedSignersFile;
  /** The time allowed_signers' valid-after and valid-before are compared with; default now. */
  now?: Date;
}

/** A verification with what was found about the signature. */
export interface VerifyReport extends VerifyResult {
  signature: SignatureReport;
}

/**
 * Checks a package, given as its zip or as a folder (an archive entry, or an unpacked zip), against its
 * manifest.json and SHA256SUMS, and its SHA256SUMS.sig when it has one. Damage is reported as problems;
 * only an unreadable zip file is an error.
 */
export async function verifyPackage(path: string, options: VerifyOptions = {}): Promise<VerifyResult> {
  const { ok, problems, checked } = await verifyPackageReport(path, options);
  return { ok, problems, checked };
}

/** {@link verifyPackage}, with what the signature check found. */
export async function verifyPackageReport(path: string, options: VerifyOptions = {}): Promise<VerifyReport> {
  const found = await stat(path).catch(() => null);
  if (!found) throw new UserError(`${path} does not exist; give the path of a package zip or of an archive folder.`);
  if (!found.isDirectory()) {
    const zip = readGivenFile(path, { what: 'package zip', expected: 'a package zip or an archive folder', maxBytes: ZIP_LIMITS.maxTotalBytes });
    const { files, duplicates } = await loadZip(zip, path);
    const result = checkPackageFiles(files);
    const signed = checkSignature(files, options.allowedSigners, options.now);
    const problems = [...duplicates, ...result.problems, ...signed.problems];
    return { ok: problems.length === 0, problems, checked: result.checked, signature: signed.report };
  }

  const { files, odd } = await readFolder(path);
  // An archive folder holds its zip beside the unpacked files; the zip is checked on its own below.
  const zips = [...files.keys()].filter((name) => !name.includes('/') && name.endsWith('.zip'));
  const result = checkPackageFiles(files, new Set(zips));
  const signed = checkSignature(files, options.allowedSigners, options.now);
  const problems: VerifyProblem[] = [...odd, ...result.problems, ...signed.problems];
  let checked = result.checked;
  for (const name of zips) {
    const zip = files.get(name) as Buffer;
    try {
      const inner = await loadZip(zip, name);
      const innerResult = checkPackageFiles(inner.files);
      const innerSigned = checkSignature(inner.files, options.allowedSigners, options.now);
      checked += innerResult.checked;
      problems.push(...[...inner.duplicates, ...innerResult.problems, ...innerSigned.problems].map((problem) => ({ ...problem, path: `${name}:${problem.path}` })));
      const innerManifest = inner.files.get(MANIFEST_PATH);
      const outerManifest = files.get(MANIFEST_PATH);
      if (innerManifest && outerManifest && !innerManifest.equals(outerManifest)) {
        problems.push({ kind: 'changed', path: name, detail: `the zip's manifest.json differs from the folder's: they are not the same package` });
      }
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      problems.push({ kind: 'changed', path: name, detail: error.message });
    }
  }
  return { ok: problems.length === 0, problems, checked, signature: signed.report };
}

/** A zip's files by path; a path stored twice is reported, and only its first copy is checked. */
async function loadZip(zip: Buffer, label: string): Promise<{ files: Map<string, Buffer>; duplicates: VerifyProblem[] }> {
  const files = new Map<string, Buffer>();
  const duplicates: VerifyProblem[] = [];
  for (const file of await readZip(zip, label)) {
    if (file.duplicate) duplicates.push({ kind: 'extra', path: file.path, detail: 'the zip holds this path more than once' });
    else files.set(file.path, file.bytes);
  }
  return { files, duplicates };
}

/** More entries than a package folder ever holds (a package has a few dozen files): past it, the folder is refused. */
const MAX_FOLDER_ENTRIES = 10_000;

/** Every regular file under `root` by its `/`-separated relative path; anything else (links, devices) is odd. */
async function readFolder(root: string): Promise<{ files: Map<string, Buffer>; odd: VerifyProblem[] }> {
  const files = new Map<string, Buffer>();
  const odd: VerifyProblem[] = [];
  let total = 0;
  let count = 0;
  const walk = async (dir: string, prefix: string): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const rel = prefix + entry.name;
      if (++count > MAX_FOLDER_ENTRIES) throw new UserError(`${root} holds more than ${MAX_FOLDER_ENTRIES} files and folders; a package holds a few dozen, so it is not checked.`);
      if (entry.isDirectory()) await walk(join(dir, entry.name), `${rel}/`);
      else if (entry.isFile()) {
        total += (await stat(join(dir, entry.name))).size;
        if (total > ZIP_LIMITS.maxTotalBytes) throw new UserError(`${root} holds more than ${ZIP_LIMITS.maxTotalBytes / 1024 / 1024} MiB of files; a package is a few megabytes, so it is not checked.`);
        files.set(rel, await readFile(join(dir, entry.name)));
      }
      // A link could point anywhere: it is reported, never followed.
      else odd.push({ kind: 'extra', path: rel, detail: 'not a regular file (a link or a device); a package holds only files' });
    }
  };
  await walk(root, '');
  return { files, odd };
}
