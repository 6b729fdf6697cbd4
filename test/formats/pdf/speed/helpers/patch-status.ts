// Installs the patches with the library versions given as JSON in argv[2] standing in for the installed
// ones (none: the installed ones), and prints the status and which of pdfkit and fontkit are now loaded:
// no patch can be in place without loading them. Run in a fresh process each time.
import { installPatches, locateLibraries } from '../../../../../src/formats/pdf/engine/patches';

const versions = process.argv[2] ? JSON.parse(process.argv[2]) : undefined;
const status = installPatches({ versions });
const { pdfkit, fontkit } = locateLibraries();
process.stdout.write(`${JSON.stringify({ status, loaded: { pdfkit: pdfkit in require.cache, fontkit: fontkit in require.cache } })}\n`);
