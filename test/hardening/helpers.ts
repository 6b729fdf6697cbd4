import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { readImage, readImages } from '../../src/load/assets';
import { renderDocuments, type RenderedDocument } from '../../src/commands/documents';
import { loadModel } from '../../src/commands/validate';
import { Diagnostics } from '../../src/diagnostics';
import { readFonts } from '../../src/load/fonts';
import { lines } from '../load/fixtures';
import { testdir } from '../helpers/testdir';
import { files, TODAY } from '../checks/helpers';

/** The repository root, where dist/cli.js is (compiled by `make`, which `make test` runs first). */
export const REPO = path.join(__dirname, '..', '..');

/** A fixed build date, so rendering does not depend on the clock. */
const DATE = new Date('2026-06-26T00:00:00Z');

/**
 * Loads a project made of the lint fixture plus `overrides` and renders its three PDFs in-process,
 * whatever the findings (a test may want to see what an error would have let through).
 */
export async function render(overrides: Record<string, string | Buffer | undefined> = {}): Promise<{ lines: string[]; documents: RenderedDocument[] }> {
  const root = testdir(files(overrides));
  const diagnostics = new Diagnostics();
  const model = loadModel(path.join(root, 'content'), diagnostics, { today: TODAY });
  if (!model) throw new Error(`nothing loaded:\n${lines(diagnostics).join('\n')}`);
  const { config } = model.content;
  const assets = { images: readImages(root, model.images), ...(config.brand.logo ? { logo: readImage(root, config.brand.logo) } : {}) };
  const documents = await renderDocuments(model, assets, readFonts(root, config.brand.fonts), DATE);
  return { lines: lines(diagnostics), documents };
}

/** Every stream of a PDF inflated (pdfkit compresses with Flate), joined with the bytes outside streams. */
export function inflatedPdf(bytes: Buffer): string {
  const parts: string[] = [];
  const text = bytes.toString('latin1');
  let last = 0;
  for (const match of text.matchAll(/stream\r?\n/g)) {
    const start = match.index + match[0].length;
    const end = text.indexOf('endstream', start);
    if (end === -1) break;
    parts.push(text.slice(last, match.index));
    const raw = bytes.subarray(start, end);
    try {
      parts.push(zlib.inflateSync(raw).toString('latin1'));
    } catch {
      parts.push(raw.toString('latin1'));
    }
    last = end;
  }
  parts.push(text.slice(last));
  return parts.join('\n');
}

/** Whether a PDF's bytes hold `marker` as ASCII or as UTF-16BE (how pdfkit writes non-ASCII strings). */
export function pdfHolds(bytes: Buffer, marker: string): boolean {
  const all = inflatedPdf(bytes);
  const utf16 = Buffer.from(marker, 'utf16le').swap16().toString('latin1');
  const hex = Buffer.from(utf16, 'latin1').toString('hex');
  return all.includes(marker) || all.includes(utf16) || all.toLowerCase().includes(hex);
}

/** What the CLI did: exit code and its two streams. */
export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the compiled CLI in a child process with a generous time limit. */
export function cli(args: string[], timeout = 120_000): CliRun {
  const result = spawnSync(process.execPath, [path.join(REPO, 'dist', 'cli.js'), ...args], { encoding: 'utf8', timeout });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A project tree on disk for the CLI; returns its root. */
export function projectDir(overrides: Record<string, string | Buffer | undefined> = {}): string {
  return testdir(files(overrides));
}

/** Names of every file under a folder, relative to it, sorted; none when it does not exist. */
export function listing(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return (fs.readdirSync(dir, { recursive: true }) as string[]).map((p) => p.split(path.sep).join('/')).sort();
}

/**
 * stderr without what depends on today's date: the fixtures' review date (2026-06-26) becomes stale a
 * year later, and the CLI, which reads the real clock, then warns about it (with a count line).
 */
export function withoutClockWarnings(stderr: string): string {
  const lines = stderr.split('\n').filter((line) => line !== '' && !line.endsWith('content/review-date-stale'));
  return lines.filter((line) => !/^0 errors, 1 warning$/.test(line)).join('\n');
}
