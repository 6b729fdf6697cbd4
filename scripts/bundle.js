'use strict';
/**
 * Compiles the CLI into dist/ as two files, which start faster than tsc's hundreds of modules:
 *   dist/trust-package.js  src/cli.ts and every dependency bundled, except pdfmake, pdfkit and fontkit;
 *   dist/cli.js            src/start.ts: the V8 compile cache (src/compile-cache.ts), then the bundle.
 *
 * exceljs stays in node_modules too: only `answer` loads it, and it is larger than the rest of the bundle;
 * so does hyphen, whose German patterns alone are 700 kB and are read only when a German word is hyphenated.
 * pdfmake, pdfkit and fontkit stay in node_modules: they read their data files (AFM metrics, the sRGB
 * profile, Roboto) next to their own sources, and src/pdf replaces parts of them through require.cache.
 * yargs (ESM) finds its locales and the package.json through import.meta.url, which a CommonJS bundle does
 * not have: it is set to the URL of the yargs file that uses it, so yargs sees the paths it would unbundled.
 * Type-checking is `make test`'s job (tsc -p tsconfig.test.json); this only transpiles.
 */
const esbuild = require('esbuild');
const fs = require('node:fs');
const path = require('node:path');

const repo = path.resolve(__dirname, '..');
const dist = path.join(repo, 'dist');
const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'warning', sourcemap: 'linked', absWorkingDir: repo };
const yargsUrl =
  "var __yargs_import_meta_url = require('node:url').pathToFileURL(require('node:path').join(" +
  "require('node:path').dirname(require.resolve('yargs/package.json')), 'lib', 'platform-shims', 'esm.mjs')).href;";

fs.rmSync(dist, { recursive: true, force: true });
esbuild.buildSync({
  ...common,
  entryPoints: ['src/cli.ts'],
  outfile: 'dist/trust-package.js',
  external: ['pdfmake', 'pdfmake/*', 'pdfkit', 'pdfkit/*', 'fontkit', 'exceljs', 'hyphen', 'hyphen/*'],
  define: { 'import.meta.url': '__yargs_import_meta_url' },
  banner: { js: yargsUrl },
});
esbuild.buildSync({ ...common, entryPoints: ['src/start.ts'], outfile: 'dist/cli.js', external: ['./trust-package.js'] });
fs.chmodSync(path.join(dist, 'cli.js'), 0o755);
