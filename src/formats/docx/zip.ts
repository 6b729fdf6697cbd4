import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';

/**
 * Makes the `docx` library's output reproducible: the same document gives the same bytes in any
 * folder, time zone and process, and whatever was rendered before it in the same process.
 *
 * - `docProps/core.xml` carries the document date, not the time of the build.
 * - Relationship ids the library draws at random (nanoid, for hyperlinks and parts) become `rIdTp1`, `rIdTp2`...
 *   in the order the relationship files list them, which follows the document.
 * - Bookmark and drawing ids come from module-global counters; they are numbered again from 1 in order of appearance.
 * - The zip is made again with fflate (pure JavaScript, so its deflate output depends on its version only,
 *   pinned in package.json, not on the machine's zlib), entries in sorted order and all dated the document's day.
 */
export function reproducibleDocx(bytes: Uint8Array, date: Date): Buffer {
  const parts = unzipSync(bytes);
  const names = Object.keys(parts).sort();
  const xml = new Map(names.filter(isXml).map((name) => [name, strFromU8(parts[name])]));
  const rewritten = renumber(xml, date);
  const files: Zippable = {};
  for (const name of names) files[name] = rewritten.has(name) ? strToU8(rewritten.get(name) as string) : parts[name];
  return Buffer.from(zipSync(files, { level: 6, mtime: zipDate(date) }));
}

function isXml(name: string): boolean {
  return name.endsWith('.xml') || name.endsWith('.rels');
}

function renumber(xml: ReadonlyMap<string, string>, date: Date): Map<string, string> {
  const out = new Map(xml);
  // Random relationship ids: any Id in a .rels file that is not the library's own rId<number>.
  const ids = new Map<string, string>();
  for (const [name, text] of xml) {
    if (!name.endsWith('.rels')) continue;
    for (const match of text.matchAll(/\bId="([^"]+)"/g)) {
      if (!/^rId\d+$/.test(match[1]) && !ids.has(match[1])) ids.set(match[1], `rIdTp${ids.size + 1}`);
    }
  }
  const stamp = `${date.toISOString().slice(0, 19)}Z`;
  for (const [name, text] of out) {
    let next = text.replace(/"([^"<>]+)"/g, (whole, value: string) => {
      const id = ids.get(value);
      return id ? `"${id}"` : whole;
    });
    next = renumberAttribute(next, /(<w:bookmark(?:Start|End)\b[^>]*?\bw:id=")(\d+)(")/g);
    if (name === 'docProps/core.xml') {
      next = next.replace(/(<dcterms:(?:created|modified)\b[^>]*>)[^<]*(<\/dcterms:(?:created|modified)>)/g, `$1${stamp}$2`);
    }
    out.set(name, next);
  }
  // Drawing ids must be unique across the document and its headers and footers, so they count across parts.
  let drawing = 0;
  for (const [name, text] of out) {
    out.set(name, text.replace(/(<wp:docPr\b[^>]*?\bid=")(\d+)(")/g, (_, open: string, _id: string, close: string) => `${open}${++drawing}${close}`));
  }
  return out;
}

/** Numbers an id attribute again from 1 in order of first appearance, keeping equal ids equal. */
function renumberAttribute(text: string, pattern: RegExp): string {
  const seen = new Map<string, number>();
  return text.replace(pattern, (_, open: string, id: string, close: string) => {
    if (!seen.has(id)) seen.set(id, seen.size + 1);
    return `${open}${seen.get(id)}${close}`;
  });
}

/**
 * fflate writes an entry's DOS time from the local-time getters of the Date it is given. A Date built
 * from the UTC calendar day at noon with the local constructor reads back as exactly that wall time in
 * any zone (no zone moves its clocks at noon), so the stored time is the same everywhere.
 */
function zipDate(date: Date): Date {
  // A zip's dates start in 1980; an earlier document date (SOURCE_DATE_EPOCH=0) is stored as 1980-01-01.
  const day = new Date(Math.max(date.getTime(), Date.UTC(1980, 0, 1)));
  const local = new Date(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), 12, 0, 0);
  if (local.getHours() !== 12 || local.getDate() !== day.getUTCDate()) throw new Error(`Cannot date zip entries ${day.toISOString()} in this time zone`);
  return local;
}
