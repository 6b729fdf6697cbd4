import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { XmlDocument } from 'xmldoc';
import { readFonts } from '../../../src/load/fonts';
import { renderPdf } from '../../../src/formats/pdf/engine/render';
import { escapeXml } from '../../../src/formats/pdf/engine/xmp';
import { readPdf } from '../../helpers/pdf';
import { CONFIG, renderInput, section, whitepaperDefinition } from './helpers';

const fonts = readFonts(process.cwd(), undefined);
const DATE = new Date(Date.UTC(2026, 5, 26, 12));
const HOSTILE = `Tom & Jerry's <"Overview"> & more`;
/** The whitepaper's title is the company name and the document title. */
const TITLE = `A & B <Co> ${HOSTILE}`;

/** A whitepaper titled `title`, rendered. */
async function render(title: string): Promise<Buffer> {
  const input = renderInput();
  input.config = { ...CONFIG, document: { ...CONFIG.document, title }, company: { ...CONFIG.company, name: `A & B <Co>` } };
  const pdf = await renderPdf(() => whitepaperDefinition(input, [section('# Body\n\nSome text, **bold** and *italic*.')]), fonts, DATE);
  return pdf.bytes;
}

/** The XMP packet: pdfkit writes it as an uncompressed /Metadata stream. */
function xmp(bytes: Buffer): string {
  const text = bytes.toString('latin1');
  const start = text.indexOf('<?xpacket begin');
  const end = text.indexOf('<?xpacket end="w"?>');
  expect(start, 'an XMP packet').toBeGreaterThan(-1);
  return Buffer.from(text.slice(start, end + '<?xpacket end="w"?>'.length), 'latin1').toString('utf8');
}

/** Every uncompressed object dictionary text, plus inflated streams, for catalog checks. */
function objects(bytes: Buffer): string {
  return bytes.toString('latin1') + inflated(bytes);
}

function inflated(bytes: Buffer): string {
  const text = bytes.toString('latin1');
  let out = '';
  for (const match of text.matchAll(/stream\r?\n/g)) {
    const from = match.index! + match[0].length;
    try {
      out += inflateSync(bytes.subarray(from, text.indexOf('endstream', from))).toString('latin1');
    } catch {
      // Not a deflated stream.
    }
  }
  return out;
}

function has(tool: string): boolean {
  const found = spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;
  if (!found) console.warn(`skipped: ${tool} is not installed (Debian package poppler-utils or qpdf)`);
  return found;
}

function saved(bytes: Buffer): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'pdfa-')), 'doc.pdf');
  writeFileSync(file, bytes);
  return file;
}

describe('PDF/A-2b', () => {
  it('escapes the five XML specials and nothing else', () => {
    expect(escapeXml(`a & b < c > d " e ' f`)).toBe('a &amp; b &lt; c &gt; d &quot; e &apos; f');
    expect(escapeXml('Überblick – “quoted”')).toBe('Überblick – “quoted”');
  });

  it('writes well-formed XMP naming part 2, conformance B, with the title exactly as given', async () => {
    const bytes = await render(HOSTILE);
    const doc = new XmlDocument(xmp(bytes));
    const descriptions = doc.childNamed('rdf:RDF')!.childrenNamed('rdf:Description');
    const value = (name: string) => descriptions.map((d) => d.descendantWithPath(name)).find(Boolean);
    expect(value('pdfaid:part')?.val).toBe('2');
    expect(value('pdfaid:conformance')?.val).toBe('B');
    expect(value('dc:title')?.descendantWithPath('rdf:Alt.rdf:li')?.val).toBe(TITLE);
    expect(value('dc:creator')?.descendantWithPath('rdf:Seq.rdf:li')?.val).toBe('A & B <Co>');
    // The only date in the packet is the document's fixed date, so the build stays reproducible.
    expect(value('xmp:CreateDate')?.val).toBe('2026-06-26T12:00:00Z');
    expect(xmp(bytes).match(/\d{4}-\d\d-\d\dT/g)).toHaveLength(1);
  });

  it('keeps the Info dictionary unescaped: a reader sees the title as written', async () => {
    const facts = await readPdf(await render(HOSTILE));
    expect(facts.info.Title).toBe(TITLE);
    expect(facts.info.Author).toBe('A & B <Co>');
    expect(facts.info.PDFFormatVersion).toBe('1.7');
  });

  it('carries the sRGB output intent in the catalog', async () => {
    const all = objects(await render('Plain'));
    expect(all).toMatch(/\/OutputIntents \[\d+ 0 R\]/);
    expect(all).toContain('/S /GTS_PDFA1');
    expect(all).toContain('/OutputConditionIdentifier (sRGB IEC61966-2.1)');
  });

  it.skipIf(!has('pdffonts'))('embeds every font', async () => {
    const listing = execFileSync('pdffonts', [saved(await render('Plain'))], { encoding: 'utf8' });
    const rows = listing.trim().split('\n').slice(2);
    expect(rows.length).toBeGreaterThan(0);
    // Columns: name type encoding emb sub uni object ID; "emb" is the fourth from the end.
    for (const row of rows) expect(row.trim().split(/\s+/).at(-5), row).toBe('yes');
  });

  it.skipIf(!has('qpdf'))('passes qpdf --check', async () => {
    const result = spawnSync('qpdf', ['--check', saved(await render(HOSTILE))], { encoding: 'utf8' });
    expect(result.stdout + result.stderr).toContain('No syntax or stream encoding errors found');
    expect(result.status).toBe(0);
  });
});
