import { parseChecksums } from './checksums';
import { sha256Hex } from './hash';
import { parseManifestFiles } from './manifest-read';
import { CHECKSUMS_PATH, MANIFEST_PATH, SIGNATURE_PATH, comparePaths } from './paths';

/**
 * One thing wrong with a package. `manifest`: manifest.json or SHA256SUMS is missing, unreadable or inconsistent;
 * `signature`: SHA256SUMS.sig is missing, invalid or by a key the allowed signers do not list.
 */
export interface VerifyProblem {
  kind: 'changed' | 'missing' | 'extra' | 'manifest' | 'signature';
  path: string;
  detail: string;
}

/** What verification found; `checked` counts the files whose content was compared with a recorded checksum. */
export interface VerifyResult {
  ok: boolean;
  problems: VerifyProblem[];
  checked: number;
}

/**
 * Checks a package's files, already read into memory, against its manifest.json and its SHA256SUMS.
 * `expected` names files that may be present without being listed (the zip in an archive folder).
 * Pure: it never touches the disk, so nothing a manifest says can make it read or write a path.
 */
export function checkPackageFiles(files: ReadonlyMap<string, Buffer>, expected: ReadonlySet<string> = new Set()): VerifyResult {
  const problems: VerifyProblem[] = [];
  const add = (kind: VerifyProblem['kind'], path: string, detail: string) => problems.push({ kind, path, detail });

  const manifestBytes = files.get(MANIFEST_PATH);
  let manifest: Map<string, { bytes: number; sha256: string }> | null = null;
  if (!manifestBytes) add('manifest', MANIFEST_PATH, 'manifest.json is missing, so the files cannot be checked against it');
  else {
    const parsed = parseManifestFiles(manifestBytes);
    if ('problem' in parsed) add('manifest', MANIFEST_PATH, `manifest.json cannot be read: ${parsed.problem}`);
    else manifest = new Map(parsed.files.map((file) => [file.path, file]));
  }

  const sumsBytes = files.get(CHECKSUMS_PATH);
  let sums: Map<string, string> | null = null;
  if (!sumsBytes) add('manifest', CHECKSUMS_PATH, 'SHA256SUMS is missing, so the files cannot be checked against it');
  else {
    const parsed = parseChecksums(sumsBytes.toString('utf8'));
    for (const problem of parsed.problems) add('manifest', CHECKSUMS_PATH, `SHA256SUMS ${problem.detail}`);
    sums = new Map(parsed.lines.map((line) => [line.path, line.sha256]));
  }

  let checked = 0;
  const paths = new Set([...files.keys(), ...(manifest?.keys() ?? []), ...(sums?.keys() ?? [])]);
  paths.delete(CHECKSUMS_PATH); // it cannot list itself
  paths.delete(SIGNATURE_PATH); // it signs SHA256SUMS, so neither can list it: checkSignature checks it
  for (const path of [...paths].sort(comparePaths)) {
    const bytes = files.get(path);
    const inManifest = manifest?.get(path);
    const inSums = sums?.get(path);
    if (bytes === undefined) {
      const where = [inManifest && 'manifest.json', inSums && 'SHA256SUMS'].filter(Boolean).join(' and ');
      add('missing', path, `listed in ${where} but not in the package`);
      continue;
    }
    if (inManifest === undefined && inSums === undefined) {
      if (path !== MANIFEST_PATH) {
        if (!expected.has(path)) add('extra', path, 'present but listed in neither manifest.json nor SHA256SUMS');
      } else if (sums !== null) {
        // manifest.json is covered by SHA256SUMS alone; a missing SHA256SUMS is reported already.
        add('manifest', path, 'not listed in SHA256SUMS, so nothing vouches for it');
      }
      continue;
    }
    checked += 1;
    const actual = sha256Hex(bytes);
    const changes: string[] = [];
    if (inManifest && (inManifest.sha256 !== actual || inManifest.bytes !== bytes.length)) {
      changes.push(`manifest.json records ${inManifest.bytes} bytes, sha256 ${inManifest.sha256}`);
    }
    if (inSums !== undefined && inSums !== actual) changes.push(`SHA256SUMS records sha256 ${inSums}`);
    if (changes.length > 0) add('changed', path, `${changes.join('; ')}; found ${bytes.length} bytes, sha256 ${actual}`);
    if (manifest && !inManifest && path !== MANIFEST_PATH) add('manifest', path, 'listed in SHA256SUMS but not in manifest.json');
    if (sums && inSums === undefined) add('manifest', path, 'listed in manifest.json but not in SHA256SUMS');
    if (inManifest && inSums !== undefined && inManifest.sha256 !== inSums) {
      add('manifest', path, 'manifest.json and SHA256SUMS record different checksums');
    }
  }
  return { ok: problems.length === 0, problems, checked };
}
