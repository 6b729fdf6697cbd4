'use strict';
/**
 * Summarises a V8 CPU profile (`node --cpu-prof`): the functions with the most self time, and the time
 * spent under each package (inclusive of what it calls).
 *
 *   node bench/profile.js <file.cpuprofile> [top=25]
 */
const fs = require('node:fs');

const [file, topArg = '25'] = process.argv.slice(2);
if (!file) {
  process.stderr.write('usage: node bench/profile.js <file.cpuprofile> [top]\n');
  process.exit(2);
}
const profile = JSON.parse(fs.readFileSync(file, 'utf8'));
const nodes = new Map(profile.nodes.map((n) => [n.id, n]));

// Self time per node: each sample hits one node; the interval before it is that node's.
const selfMicros = new Map();
for (let i = 0; i < profile.samples.length; i++) {
  const id = profile.samples[i];
  selfMicros.set(id, (selfMicros.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
}
const total = [...selfMicros.values()].reduce((a, b) => a + b, 0);

const where = (cf) => {
  const url = cf.url.replace(/^file:\/\//, '');
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1];
  const short = pkg ? `${pkg}:${url.slice(url.lastIndexOf(pkg) + pkg.length + 1)}` : url.replace(process.cwd() + '/', '');
  return `${cf.functionName || '(anonymous)'} ${short}:${cf.lineNumber + 1}`;
};

const byFunction = new Map();
for (const [id, micros] of selfMicros) {
  const key = where(nodes.get(id).callFrame);
  byFunction.set(key, (byFunction.get(key) ?? 0) + micros);
}

// Inclusive time per package: a sample counts once for each package on its stack.
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const pkgOf = (cf) => {
  const url = cf.url;
  if (!url) return cf.functionName.startsWith('(') ? cf.functionName : 'node internals';
  if (url.startsWith('node:')) return 'node internals';
  return /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1] ?? (url.includes('/dist/') ? 'trust-package (dist)' : url);
};
const byPackage = new Map();
for (const [id, micros] of selfMicros) {
  const seen = new Set();
  for (let at = id; at !== undefined; at = parent.get(at)) seen.add(pkgOf(nodes.get(at).callFrame));
  for (const pkg of seen) byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + micros);
}

// Inclusive time per function: a sample counts once for each function on its stack.
const byFunctionInclusive = new Map();
for (const [id, micros] of selfMicros) {
  const seen = new Set();
  for (let at = id; at !== undefined; at = parent.get(at)) seen.add(where(nodes.get(at).callFrame));
  for (const key of seen) byFunctionInclusive.set(key, (byFunctionInclusive.get(key) ?? 0) + micros);
}

const fmt = (micros) => `${(micros / 1e6).toFixed(3).padStart(7)} s ${((100 * micros) / total).toFixed(1).padStart(5)}%`;
process.stdout.write(`total sampled ${(total / 1e6).toFixed(3)} s\n\nself time, top ${topArg}:\n`);
for (const [key, micros] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, Number(topArg))) {
  process.stdout.write(`${fmt(micros)}  ${key}\n`);
}
process.stdout.write(`\ninclusive time, top ${topArg}:\n`);
for (const [key, micros] of [...byFunctionInclusive].sort((a, b) => b[1] - a[1]).slice(0, Number(topArg))) {
  process.stdout.write(`${fmt(micros)}  ${key}\n`);
}
process.stdout.write('\ninclusive time by package:\n');
for (const [pkg, micros] of [...byPackage].sort((a, b) => b[1] - a[1]).slice(0, 15)) {
  process.stdout.write(`${fmt(micros)}  ${pkg}\n`);
}
