import type { ManifestFile } from './manifest';

/** The file list of a manifest.json, or a sentence saying why it cannot be read. */
export function parseManifestFiles(bytes: Buffer): { files: ManifestFile[] } | { problem: string } {
  let data: unknown;
  try {
    data = JSON.parse(bytes.toString('utf8'));
  } catch (error) {
    return { problem: `it is not valid JSON (${(error as Error).message})` };
  }
  if (!isRecord(data) || !Array.isArray(data.files)) return { problem: 'it has no "files" list' };
  const files: ManifestFile[] = [];
  for (const [index, item] of data.files.entries()) {
    if (
      !isRecord(item) ||
      typeof item.path !== 'string' ||
      typeof item.bytes !== 'number' ||
      !Number.isInteger(item.bytes) ||
      item.bytes < 0 ||
      typeof item.sha256 !== 'string' ||
      !/^[0-9a-f]{64}$/.test(item.sha256)
    ) {
      return { problem: `files[${index}] is not {path, bytes, sha256}` };
    }
    const pages = typeof item.pages === 'number' ? { pages: item.pages } : {};
    files.push({ path: item.path, bytes: item.bytes, sha256: item.sha256, ...pages });
  }
  return { files };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
