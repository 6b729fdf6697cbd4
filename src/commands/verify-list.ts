import path from 'node:path';
import { verifyPackageReport, type AllowedSignersFile, type SignatureReport } from '../package';
import { listArchive } from '../archive';
import { escapeControl } from '../text';
import { loadConfig } from '../load';
import { Diagnostics } from '../diagnostics';
import { formatRegister } from './register-table';
import { readRegister, REGISTER_FILE } from '../archive';
import { count } from '../text/plural';

/**
 * Checks a package (and its signature, against `allowedSigners` when given) and describes the outcome, one
 * line per problem. Every path and detail is printed escaped: they come from the package.
 */
export async function verify(target: string, allowedSigners?: AllowedSignersFile): Promise<{ ok: boolean; text: string }> {
  const result = await verifyPackageReport(target, { allowedSigners });
  const shown = escapeControl(target);
  if (result.ok) {
    return { ok: true, text: `${shown}: OK, ${result.checked} files match manifest.json and SHA256SUMS\n${shown}: ${signatureLine(result.signature, allowedSigners)}` };
  }
  const lines = result.problems.map((p) => `${p.kind.padEnd(8)} ${escapeControl(p.path)}  ${escapeControl(p.detail)}`);
  lines.push(`${shown}: ${count(result.problems.length, 'problem')} found`);
  return { ok: false, text: lines.join('\n') };
}

function signatureLine(signature: SignatureReport, allowedSigners: AllowedSignersFile | undefined): string {
  if (!signature.signed) return 'unsigned: there is no SHA256SUMS.sig, so nothing shows who made the package (anyone who repacks it can redo SHA256SUMS)';
  if (signature.allowed && allowedSigners) {
    return `signature OK: SHA256SUMS is signed by ${signature.fingerprint}, which ${escapeControl(allowedSigners.label)} lists for ${escapeControl(signature.principal ?? '')}`;
  }
  return `signed by ${signature.fingerprint}, a valid signature of SHA256SUMS; give an allowed signers file (ALLOWED_SIGNERS=, --allowed-signers) to check whose key it is`;
}

/** A table of the archived packages (review date, revision, size, sha256, folder), then the distribution register. */
export function list(contentDir: string): string {
  // The archive location is a setting of the content; only the config is read for it (the sections and
  // data play no part), and without a readable config the default is used.
  const config = loadConfig(contentDir, new Diagnostics())?.config;
  const root = path.dirname(path.resolve(contentDir));
  const archiveDir = path.resolve(root, config?.archive.dir ?? 'out/archive');
  const entries = listArchive(archiveDir);
  // Recipient editions, if any were built, follow the packages they were made from.
  const register = readRegister(archiveDir);
  const editions = register.length === 0 ? '' : `\n\n${formatRegister(register, path.relative(process.cwd(), path.join(archiveDir, REGISTER_FILE)))}`;
  if (entries.length === 0) return `No archived packages in ${path.relative(process.cwd(), archiveDir) || archiveDir}.${editions}`;
  const rows = entries.map((e) => [e.reviewDate, `r${e.revision}`, `${(e.bytes / 1024).toFixed(0)} KiB`, e.sha256, path.relative(process.cwd(), e.dir) || e.dir]);
  const header = ['review date', 'rev', 'size', 'sha256', 'folder'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  return [header, ...rows].map((r) => r.map((cell, i) => cell.padEnd(widths[i])).join('  ').trimEnd()).join('\n') + editions;
}
