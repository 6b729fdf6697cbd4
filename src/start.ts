#!/usr/bin/env node
// The file `make` runs as dist/cli.js when the CLI is bundled (scripts/bundle.js): it keeps V8's compiled
// code between runs, then loads the bundled CLI. TRUST_PACKAGE_COMPILE_CACHE=0 turns the cache off.
import path from 'node:path';
import { installCompileCache } from './compile-cache';

if (process.env.TRUST_PACKAGE_COMPILE_CACHE !== '0') installCompileCache(path.join(__dirname, '.compile-cache'));
// eslint-disable-next-line @typescript-eslint/no-require-imports
require('./trust-package.js');
