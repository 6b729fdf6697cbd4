'use strict';
/**
 * `make bench`: builds the full package at 1x, 10x and 100x the default content, each run a whole fresh
 * process, and writes the results to docs/benchmarks.md.
 *
 *   node bench/run.js [--sizes 1x,10x,100x] [--runs 5,5,3] [--cli dist/cli.js] [--dir out/bench]
 *                     [--doc docs/benchmarks.md | --no-doc]
 *
 * Each size gets one warm-up run (not counted) and then the given number of runs. Before every run the
 * size's archive and output folders are removed, so each run writes the zip and the archive afresh. Wall
 * time is measured here, around the child; CPU time and peak RSS are reported by the child itself
 * (bench/rusage.js). Pages and bytes of each PDF come from the archived manifest.json. The harness also
 * checks that every run produced the same zip, byte for byte.
 */
const { spawnSync } = require('node:child_process');
const crypto = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { SIZES, generate } = require('./generate');

const REPO = path.resolve(__dirname, '..');
const MARK_START = '<!-- bench:start (written by `make bench`; edits between these marks are replaced) -->';
const MARK_END = '<!-- bench:end -->';

/** The targets of issue 5, checked in the table. */
const TARGETS = { '1x': { wall: 0.8 }, '100x': { wall: 6, rssMiB: 400 } };
const GROWTH_LIMIT = 11;

function parseArgs(argv) {
  const args = { sizes: ['1x', '10x', '100x'], runs: [5, 5, 3], cli: 'dist/cli.js', dir: 'out/bench', doc: 'docs/benchmarks.md' };
  for (let i = 0; i < argv.length; i++) {
    const key = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) throw new Error(`${key} needs a value`);
      return argv[++i];
    };
    if (key === '--sizes') args.sizes = value().split(',');
    else if (key === '--runs') args.runs = value().split(',').map(Number);
    else if (key === '--cli') args.cli = value();
    else if (key === '--dir') args.dir = value();
    else if (key === '--doc') args.doc = value();
    else if (key === '--no-doc') args.doc = null;
    else throw new Error(`unknown option ${key}`);
  }
  for (const size of args.sizes) if (!SIZES[size]) throw new Error(`unknown size ${size}; one of ${Object.keys(SIZES).join(', ')}`);
  return args;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** The Node flags `make` runs the CLI with (the Makefile passes its NODE_FLAGS), so the benchmark times the same process. */
const NODE_FLAGS = (process.env.NODE_FLAGS || '').split(/\s+/).filter(Boolean);

/** One build as a fresh process: wall seconds, CPU seconds, peak RSS in MiB, and the zip's sha256. */
function runOnce(cli, root, extra = []) {
  const outDir = path.join(root, 'out');
  fs.rmSync(path.join(root, 'archive'), { recursive: true, force: true });
  fs.rmSync(outDir, { recursive: true, force: true });
  const usageFile = path.join(root, 'rusage.json');
  fs.rmSync(usageFile, { force: true });
  const argv = [...NODE_FLAGS, '-r', path.join(__dirname, 'rusage.js'), cli, 'build', '--content', path.join(root, 'content'), '--out', outDir, '--quiet', ...extra];
  const start = process.hrtime.bigint();
  const child = spawnSync(process.execPath, argv, { cwd: REPO, env: { ...process.env, BENCH_RUSAGE: usageFile }, encoding: 'utf8' });
  const wall = Number(process.hrtime.bigint() - start) / 1e9;
  if (child.status !== 0) throw new Error(`build failed (exit ${child.status}) for ${root}:\n${child.stderr}`);
  const usage = JSON.parse(fs.readFileSync(usageFile, 'utf8'));
  const zip = fs.readdirSync(outDir).find((name) => name.endsWith('.zip'));
  const sha256 = crypto.createHash('sha256').update(fs.readFileSync(path.join(outDir, zip))).digest('hex');
  return {
    wall,
    stdout: child.stdout,
    cpu: (usage.userMicros + usage.systemMicros + usage.childrenMicros) / 1e6,
    rssMiB: usage.maxRssKiB / 1024,
    sha256,
  };
}

/** Pages and bytes of each PDF, from the manifest the last run archived. */
function pdfFacts(root) {
  const archive = path.join(root, 'archive');
  const [dated] = fs.readdirSync(archive);
  const manifest = JSON.parse(fs.readFileSync(path.join(archive, dated, 'manifest.json'), 'utf8'));
  return manifest.files.filter((f) => f.path.endsWith('.pdf')).map((f) => ({ path: f.path, pages: f.pages, bytes: f.bytes }));
}

function contentFacts(content) {
  const count = (file) => (fs.readFileSync(path.join(content, file), 'utf8').match(/^- /gm) || []).length;
  const sections = fs.readdirSync(path.join(content, 'sections')).filter((n) => n.endsWith('.md')).length;
  return { sections, controls: count('controls.yaml'), subprocessors: count('subprocessors.yaml') };
}

function benchSize(args, size, runs) {
  const root = path.resolve(REPO, args.dir, size);
  generate({ size, root, sourceContent: path.join(REPO, 'content'), sourceAssets: path.join(REPO, 'assets') });
  const cli = path.resolve(REPO, args.cli);
  process.stderr.write(`${size}: warm-up`);
  runOnce(cli, root);
  const results = [];
  for (let i = 0; i < runs; i++) {
    const r = runOnce(cli, root);
    process.stderr.write(`, ${r.wall.toFixed(2)} s`);
    results.push(r);
  }
  process.stderr.write('\n');
  return {
    size,
    content: contentFacts(path.join(root, 'content')),
    runs,
    wall: median(results.map((r) => r.wall)),
    wallMin: Math.min(...results.map((r) => r.wall)),
    wallMax: Math.max(...results.map((r) => r.wall)),
    cpu: median(results.map((r) => r.cpu)),
    rssMiB: median(results.map((r) => r.rssMiB)),
    rssMaxMiB: Math.max(...results.map((r) => r.rssMiB)),
    identical: new Set(results.map((r) => r.sha256)).size === 1,
    pdfs: pdfFacts(root),
  };
}

/** Recipient editions of the 1x content: the time each extra edition adds, as the build itself reports it. */
const EDITIONS = 10;
function benchEditions(args, runs) {
  const root = path.resolve(REPO, args.dir, '1x');
  const csv = path.join(root, 'recipients.csv');
  const names = Array.from({ length: EDITIONS }, (_, i) => `Recipient ${String(i + 1).padStart(2, '0')} Ltd`);
  fs.writeFileSync(csv, `name,email\n${names.map((n, i) => `${n},security@recipient${i + 1}.example`).join('\n')}\n`);
  // A fixed day of sending keeps the editions, and so every run, byte-identical.
  const extra = ['--recipients', csv, '--sent', '2026-11-29'];
  const cli = path.resolve(REPO, args.cli);
  process.stderr.write(`1x + ${EDITIONS} editions: warm-up`);
  runOnce(cli, root, extra);
  const perEdition = [];
  const walls = [];
  for (let i = 0; i < runs; i++) {
    const r = runOnce(cli, root, extra);
    const reported = /(\d+) editions? in ([\d.]+) s, ([\d.]+) s per edition/.exec(r.stdout);
    if (!reported || Number(reported[1]) !== EDITIONS) throw new Error(`no editions line in the build's output:\n${r.stdout}`);
    perEdition.push(Number(reported[3]));
    walls.push(r.wall);
    process.stderr.write(`, ${r.wall.toFixed(2)} s`);
  }
  process.stderr.write('\n');
  return { editions: EDITIONS, runs, wall: median(walls), perEdition: median(perEdition) };
}

function machine() {
  let cpu = os.cpus()[0]?.model ?? 'unknown';
  try {
    const info = fs.readFileSync('/proc/cpuinfo', 'utf8');
    cpu = /^model name\s*:\s*(.+)$/m.exec(info)?.[1] ?? cpu;
  } catch {
    // Not Linux: os.cpus() gave the model.
  }
  return {
    cpu,
    cores: os.availableParallelism ? os.availableParallelism() : os.cpus().length,
    ramGiB: os.totalmem() / 1024 ** 3,
    node: process.version,
    os: `${os.type()} ${os.release()}`,
    date: new Date().toISOString().slice(0, 10),
  };
}

function verdicts(rows) {
  const by = Object.fromEntries(rows.map((r) => [r.size, r]));
  const lines = [];
  const mark = (ok) => (ok ? 'met' : '**missed**');
  if (by['1x']) {
    const r = by['1x'];
    lines.push(`- 1x median wall <= ${TARGETS['1x'].wall} s: ${r.wall.toFixed(2)} s, ${mark(r.wall <= TARGETS['1x'].wall)}` +
      (r.wall > TARGETS['1x'].wall ? ` (by ${(r.wall - TARGETS['1x'].wall).toFixed(2)} s)` : ''));
  }
  if (by['100x']) {
    const r = by['100x'];
    lines.push(`- 100x median wall <= ${TARGETS['100x'].wall} s: ${r.wall.toFixed(2)} s, ${mark(r.wall <= TARGETS['100x'].wall)}` +
      (r.wall > TARGETS['100x'].wall ? ` (by ${(r.wall - TARGETS['100x'].wall).toFixed(2)} s)` : ''));
    lines.push(`- 100x peak RSS <= ${TARGETS['100x'].rssMiB} MiB: ${r.rssMaxMiB.toFixed(0)} MiB (highest run), ${mark(r.rssMaxMiB <= TARGETS['100x'].rssMiB)}` +
      (r.rssMaxMiB > TARGETS['100x'].rssMiB ? ` (by ${(r.rssMaxMiB - TARGETS['100x'].rssMiB).toFixed(0)} MiB)` : ''));
  }
  if (by['10x'] && by['100x']) {
    const ratio = by['100x'].wall / by['10x'].wall;
    lines.push(`- 100x time <= ${GROWTH_LIMIT} x the 10x time: ${ratio.toFixed(1)} x, ${mark(ratio <= GROWTH_LIMIT)}`);
  }
  return lines;
}

function markdown(rows, host, args, editions) {
  const pdfCell = (r) => r.pdfs.map((p) => `${p.pages} p / ${(p.bytes / 1024).toFixed(0)} KiB`).join('<br>');
  const table = [
    '| size | sections / controls / subprocessors | runs | median wall (min-max) | median CPU (user+sys) | peak RSS (median, max) | PDFs: pages / bytes | same zip every run |',
    '|---|---|---|---|---|---|---|---|',
    ...rows.map(
      (r) =>
        `| ${r.size} | ${r.content.sections} / ${r.content.controls} / ${r.content.subprocessors} | ${r.runs} + 1 warm-up | ` +
        `${r.wall.toFixed(2)} s (${r.wallMin.toFixed(2)}-${r.wallMax.toFixed(2)}) | ${r.cpu.toFixed(2)} s | ` +
        `${r.rssMiB.toFixed(0)} MiB, ${r.rssMaxMiB.toFixed(0)} MiB | ${pdfCell(r)} | ${r.identical ? 'yes' : '**no**'} |`,
    ),
  ];
  const pdfNames = rows[0]?.pdfs.map((p) => p.path.replace(/^[^-]+-/, '').replace(/\.pdf$/, '')).join(', ');
  return [
    MARK_START,
    `Measured ${host.date} on ${host.cpu}, ${host.cores} cores, ${host.ramGiB.toFixed(1)} GiB RAM, Node ${host.node}, ${host.os}.`,
    `Command per run: \`node ${[...NODE_FLAGS, ''].join(' ')}${args.cli} build --content out/bench/<size>/content --out out/bench/<size>/out --quiet\`, a fresh process, from start to the zip and archive written.`,
    '',
    ...table,
    '',
    `PDFs, top to bottom: ${pdfNames}.`,
    '',
    ...(editions
      ? [
          `Recipient editions: the 1x build with ${editions.editions} recipients (\`--recipients\`, ${editions.runs} runs + 1 warm-up) takes ` +
            `${editions.wall.toFixed(2)} s median wall; each extra edition adds ${editions.perEdition.toFixed(2)} s (median of the build's own ` +
            '"s per edition" figure: content and fonts are parsed once, each edition is rendered, zipped and archived).',
          '',
        ]
      : []),
    'Targets:',
    '',
    ...verdicts(rows),
    MARK_END,
  ].join('\n');
}

function writeDoc(file, generated) {
  const existing = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  const start = existing.indexOf(MARK_START);
  const end = existing.indexOf(MARK_END);
  let text;
  if (start >= 0 && end > start) text = existing.slice(0, start) + generated + existing.slice(end + MARK_END.length);
  else text = `# Benchmarks\n\nRun \`make bench\` to measure again; it rewrites the part between the marks below.\n\n${generated}\n${existing ? `\n${existing}` : ''}`;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
}

function main() {
  const args = parseArgs(process.argv.slice(2));
  const rows = args.sizes.map((size, i) => benchSize(args, size, args.runs[i] ?? args.runs[args.runs.length - 1]));
  const editions = args.sizes.includes('1x') ? benchEditions(args, 3) : undefined;
  const generated = markdown(rows, machine(), args, editions);
  process.stdout.write(`${generated}\n`);
  if (args.doc) {
    writeDoc(path.resolve(REPO, args.doc), generated);
    process.stderr.write(`wrote ${args.doc}\n`);
  }
}

main();
