// What each helper script does first, as the CLI does: read TRUST_PACKAGE_PDF_PATCHES and configure the
// engine, before anything loads pdfmake. Then, once it has rendered, `statusLine` reports the patches.
import { pdfPatchesEnabled } from '../../../../../src/load/pdf-patches';
import { configurePatches, installPatches } from '../../../../../src/formats/pdf/engine/patches';

configurePatches({ enabled: pdfPatchesEnabled(process.env) });

/** The first line a script prints: the patch status as JSON (installPatches returns it again, unchanged). */
export function statusLine(): string {
  return `status ${JSON.stringify(installPatches())}`;
}

/** Runs a script's main and prints its lines; a failure prints the stack and exits non-zero. */
export function run(main: () => Promise<string[]>): void {
  main().then(
    (lines) => process.stdout.write(`${[statusLine(), ...lines].join('\n')}\n`),
    (error: unknown) => {
      process.stderr.write(`${String((error as Error).stack ?? error)}\n`);
      process.exit(1);
    },
  );
}
