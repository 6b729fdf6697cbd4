import { readFileSync } from 'node:fs';
import path from 'node:path';
import { shareParsedFonts } from './patch-fonts';
import { SPEEDUPS, speedUpPdfmake } from './patch-speedups';

/**
 * The one entry to the engine's patches of pdfmake, pdfkit and fontkit internals (patch-fonts.ts,
 * patch-speedups.ts; docs/benchmarks.md says what each saves). They change no output byte, only time
 * and memory. They reach into the libraries' internals, so they go in only on the exact versions they
 * were written and tested against; on any other, or when switched off, pdfmake runs as shipped:
 * correct, only slower.
 */

/** The versions of the three libraries that the engine loads. */
export interface LibraryVersions {
  pdfmake: string;
  pdfkit: string;
  fontkit: string;
}

/** The exact versions the patches were written against (test/formats/pdf/speed proves them there). */
export const PATCHED_VERSIONS: LibraryVersions = { pdfmake: '0.3.11', pdfkit: '0.19.1', fontkit: '2.0.4' };

/** Which patches are in effect, and why the others are not. */
export interface PatchStatus {
  /** The patches in effect, by name; empty when pdfmake runs as shipped. */
  installed: readonly string[];
  /** Why a patch is not in effect, when one is not. */
  reason?: string;
}

/** Where the libraries are, each resolved from the package that loads it: pdfkit from pdfmake, fontkit from pdfkit. */
interface Libraries {
  pdfmakeDir: string;
  pdfkit: string;
  fontkit: string;
  versions: LibraryVersions;
}

let enabled = true;
let status: PatchStatus | undefined;

/**
 * Allows or forbids the patches for this process (the CLI passes the TRUST_PACKAGE_PDF_PATCHES setting).
 * Must come before the engine first renders or opens a font: patches cannot be taken out again.
 */
export function configurePatches(options: { enabled: boolean }): void {
  if (status && options.enabled !== enabled) throw new Error('configurePatches was called after the patches were installed');
  enabled = options.enabled;
}

/**
 * Installs every patch, once per process, and says which are in effect. Must run before pdfkit is
 * first loaded (so before anything opens a font): pdfkit takes fontkit's exports when it loads.
 * `versions` stands in for the installed versions (tests).
 */
export function installPatches(options: { versions?: LibraryVersions } = {}): PatchStatus {
  if (status) return status;
  status = install(options.versions);
  return status;
}

function install(injected: LibraryVersions | undefined): PatchStatus {
  if (!enabled) return { installed: [], reason: 'switched off (TRUST_PACKAGE_PDF_PATCHES=off)' };
  const libraries = locateLibraries();
  const versions = injected ?? libraries.versions;
  const mismatch = versionMismatch(versions, PATCHED_VERSIONS);
  if (mismatch) return { installed: [], reason: mismatch };
  const installed: string[] = [];
  const fontsShared = shareParsedFonts(libraries);
  if (fontsShared) installed.push('shared font parses');
  speedUpPdfmake(libraries.pdfmakeDir);
  installed.push(...SPEEDUPS);
  return fontsShared ? { installed } : { installed, reason: 'pdfkit was loaded before the patches, so fonts are parsed per document' };
}

/** Why the found versions are not the patched ones, or undefined when all three are. */
export function versionMismatch(found: LibraryVersions, expected: LibraryVersions): string | undefined {
  const differ = (Object.keys(expected) as (keyof LibraryVersions)[]).filter((name) => found[name] !== expected[name]);
  if (differ.length === 0) return undefined;
  const list = differ.map((name) => `${name} ${found[name]} (patches written for ${expected[name]})`).join(', ');
  return `library version changed: ${list}; pdfmake runs unpatched`;
}

let located: Libraries | undefined;

/** Resolves the three libraries as pdfmake loads them and reads their versions, once. */
export function locateLibraries(): Libraries {
  if (located) return located;
  const pdfmakeManifest = require.resolve('pdfmake/package.json');
  const pdfmakeDir = path.dirname(pdfmakeManifest);
  const pdfkitManifest = require.resolve('pdfkit/package.json', { paths: [pdfmakeDir] });
  const pdfkitDir = path.dirname(pdfkitManifest);
  const pdfkit = require.resolve('pdfkit', { paths: [pdfmakeDir] });
  const fontkit = require.resolve('fontkit', { paths: [pdfkitDir] });
  located = {
    pdfmakeDir,
    pdfkit,
    fontkit,
    versions: {
      pdfmake: versionIn(pdfmakeManifest),
      pdfkit: versionIn(pdfkitManifest),
      // fontkit's `exports` hide its package.json from require.resolve: it is found from the entry file.
      fontkit: versionIn(manifestAbove(fontkit, 'fontkit')),
    },
  };
  return located;
}

function versionIn(manifest: string): string {
  return String((JSON.parse(readFileSync(manifest, 'utf8')) as { version?: unknown }).version);
}

/** The package.json of package `name` in a folder above `file`. */
function manifestAbove(file: string, name: string): string {
  for (let dir = path.dirname(file); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    try {
      const manifest = path.join(dir, 'package.json');
      if ((JSON.parse(readFileSync(manifest, 'utf8')) as { name?: unknown }).name === name) return manifest;
    } catch {
      // No package.json at this level: go up.
    }
  }
  throw new Error(`no package.json of ${name} above ${file}`);
}
