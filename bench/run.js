'use strict';
/**
 * `make bench`: builds the package at 1x, 10x and 100x the default content beside the peer pipeline
 * (pandoc + wkhtmltopdf + zip, ../shared/peers), on the same content, each run a whole fresh process,
 * ours and the peer interleaved, and writes the side-by-side table to docs/benchmarks.md.
 *
 *   node bench/run.js [--sizes 1x,10x,100x] [--cli dist/cli.js] [--dir out/bench] [--doc docs/benchmarks.md | --no-doc]
 *
 * Environment: BENCH_RUNS runs per size ("1" for a smoke run, or "5,5,3"); BENCH_PEER_DIR the folder
 * holding the peer scripts (default ../shared/peers beside the repository); NODE_FLAGS as make passes them.
 *
 * Per size: the content is generated and flattened for the peer (untimed), one warm-up run of each, then
 * ours, peer, ours, peer... Before each of our runs the size's out/ and archive/ are removed, so every run
 * renders, zips and archives afresh. Then the "unchanged rebuild": `build` again with nothing removed or
 * edited. Wall time is measured here, around the child; our CPU time and peak RSS are reported by the
 * child itself (bench/rusage.js). The peer is timed as one whole process (peer-wkhtml.sh).
 */
const { spawnSync } = require('node:child_process');
const crypto = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { SIZES, generate } = require('./generate');
const report = require('./report');

const REPO = path.resolve(__dirname, '..');
const MARK_START = '<!-- bench:start (written by `make bench`; edits between these marks are replaced) -->';
const MARK_END = '<!-- bench:end -->';
const DEFAULT_RUNS = [5, 5, 3];

function parseArgs(argv) {
  const args = { sizes: ['1x', '10x', '100x'], cli: 'dist/cli.js', dir: 'out/bench', doc: 'docs/benchmarks.md' };
  for (let i = 0; i < argv.length; i++) {
    const key = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) throw new Error(`${key} needs a value`);
      return argv[++i];
    };
    if (key === '--sizes') args.sizes = value().split(',');
    else if (key === '--cli') args.cli = value();
    else if (key === '--dir') args.dir = value();
    else if (key === '--doc') args.doc = value();
    else if (key === '--no-doc') args.doc = null;
    else throw new Error(`unknown option ${key}`);
  }
  for (const size of args.sizes) if (!SIZES[size]) throw new Error(`unknown size ${size}; one of ${Object.keys(SIZES).join(', ')}`);
  args.runs = report.parseRuns(process.env.BENCH_RUNS, args.sizes, DEFAULT_RUNS);
  return args;
}

/** The Node flags `make` runs the CLI with (the Makefile passes its NODE_FLAGS), so the benchmark times the same process. */
const NODE_FLAGS = (process.env.NODE_FLAGS || '').split(/\s+/).filter(Boolean);

/** The peer pipeline's folder: BENCH_PEER_DIR, or shared/peers beside the repository. */
function peerDir() {
  return path.resolve(REPO, process.env.BENCH_PEER_DIR || path.join('..', 'shared', 'peers'));
}

/** Whether a command is on PATH (looked up the way the shell does, without running it). */
function onPath(command) {
  return (process.env.PATH || '').split(path.delimiter).some((dir) => {
    try {
      fs.accessSync(path.join(dir || '.', command), fs.constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

/** The peer's scripts, or none and the one-line notice saying why it cannot run (nothing is installed or tried). */
function findPeer() {
  const dir = peerDir();
  const scripts = { flatten: path.join(dir, 'flatten.mjs'), run: path.join(dir, 'peer-wkhtml.sh') };
  const notice = report.peerNotice(report.PEER_TOOLS.filter((c) => !onPath(c)), Object.values(scripts).every((f) => fs.existsSync(f)), dir);
  return notice ? { peer: null, notice } : { peer: scripts, notice: null };
}

/** One build as a fresh process: wall seconds, CPU seconds, peak RSS in MiB, and the zip's sha256. */
function runOnce(cli, root, { extra = [], fresh = true } = {}) {
  const outDir = path.join(root, 'out');
  if (fresh) {
    fs.rmSync(path.join(root, 'archive'), { recursive: true, force: true });
    fs.rmSync(outDir, { recursive: true, force: true });
  }
  const usageFile = path.join(root, 'rusage.json');
  fs.rmSync(usageFile, { force: true });
  const argv = [...NODE_FLAGS, '-r', path.join(__dirname, 'rusage.js'), cli, 'build', '--content', path.join(root, 'content'), '--out', outDir, '--quiet', ...extra];
  const start = process.hrtime.bigint();
  const child = spawnSync(process.execPath, argv, { cwd: REPO, env: { ...process.env, BENCH_RUSAGE: usageFile }, encoding: 'utf8', maxBuffer: 64 << 20 });
  const wall = Number(process.hrtime.bigint() - start) / 1e9;
  if (child.status !== 0) throw new Error(`build failed (exit ${child.status}) for ${root}:\n${child.stderr}`);
  const usage = JSON.parse(fs.readFileSync(usageFile, 'utf8'));
  // The package's zip; editions add longer names beside it.
  const [zip] = fs.readdirSync(outDir).filter((name) => name.endsWith('.zip')).sort((a, b) => a.length - b.length);
  const sha256 = crypto.createHash('sha256').update(fs.readFileSync(path.join(outDir, zip))).digest('hex');
  return {
    wall,
    stdout: child.stdout,
    cpu: (usage.userMicros + usage.systemMicros + usage.childrenMicros) / 1e6,
    rssMiB: usage.maxRssKiB / 1024,
    sha256,
  };
}

/** One run of the peer pipeline as a whole process, from the flattened Markdown to its zip. */
function runPeer(peer, root) {
  const flat = path.join(root, 'flat');
  const out = path.join(root, 'peer');
  fs.rmSync(out, { recursive: true, force: true });
  const start = process.hrtime.bigint();
  // bash's `times` prints the CPU time of the processes it waited for (pandoc, wkhtmltopdf, zip) last.
  const child = spawnSync('bash', ['-c', 'bash "$0" "$1" "$2" && times >&2', peer.run, flat, out], { cwd: REPO, encoding: 'utf8' });
  const wall = Number(process.hrtime.bigint() - start) / 1e9;
  if (child.status !== 0 || !fs.existsSync(path.join(out, 'pkg.zip'))) throw new Error(`peer pipeline failed (exit ${child.status}) for ${root}:\n${child.stderr}`);
  return { wall, cpu: childrenCpu(child.stderr) };
}

/** The children's user + system seconds from the last line of bash's `times` ("0m1.234s 0m0.056s"). */
function childrenCpu(stderr) {
  const last = stderr.trim().split('\n').pop() || '';
  const parts = [...last.matchAll(/(\d+)m([\d.]+)s/g)].map((m) => Number(m[1]) * 60 + Number(m[2]));
  return parts.length === 2 ? parts[0] + parts[1] : NaN;
}

/** Turns the size's content into the peer's plain Markdown (not timed: it stands for what a user keeps). */
function flatten(peer, root) {
  const child = spawnSync(process.execPath, [peer.flatten, root, path.join(root, 'flat')], { cwd: REPO, encoding: 'utf8' });
  if (child.status !== 0) throw new Error(`flatten.mjs failed for ${root}:\n${child.stderr}`);
}

function contentFacts(content) {
  const count = (file) => (fs.readFileSync(path.join(content, file), 'utf8').match(/^- /gm) || []).length;
  const sections = fs.readdirSync(path.join(content, 'sections')).filter((n) => n.endsWith('.md')).length;
  return { sections, controls: count('controls.yaml'), subprocessors: count('subprocessors.yaml') };
}

function benchSize(args, size, runs, peer) {
  const root = path.resolve(REPO, args.dir, size);
  generate({ size, root, sourceContent: path.join(REPO, 'content'), sourceAssets: path.join(REPO, 'assets') });
  const cli = path.resolve(REPO, args.cli);
  if (peer) flatten(peer, root);
  process.stderr.write(`${size}: warm-up`);
  runOnce(cli, root);
  if (peer) runPeer(peer, root);
  const ours = [];
  const peers = [];
  for (let i = 0; i < runs; i++) {
    const r = runOnce(cli, root);
    ours.push(r);
    process.stderr.write(`; ours ${r.wall.toFixed(2)} s`);
    if (peer) {
      const p = runPeer(peer, root);
      peers.push(p);
      process.stderr.write(`, peer ${p.wall.toFixed(2)} s`);
    }
  }
  // The last run left its package in out/ and the archive: build again with nothing edited.
  const unchanged = [];
  for (let i = 0; i < runs; i++) {
    const r = runOnce(cli, root, { fresh: false });
    if (r.sha256 !== ours[ours.length - 1].sha256) throw new Error(`an unchanged rebuild of ${size} changed the zip`);
    unchanged.push(r.wall);
  }
  process.stderr.write(`; unchanged rebuild ${unchanged.map((w) => w.toFixed(2)).join(', ')} s\n`);
  return {
    size,
    content: contentFacts(path.join(root, 'content')),
    runs,
    ours,
    peer: peer ? peers : null,
    unchanged,
    identical: new Set(ours.map((r) => r.sha256)).size === 1,
  };
}

/** Recipient editions of the 1x content: the wall time each extra edition adds to the whole build. */
const EDITIONS = 10;
function benchEditions(args, runs, base) {
  const root = path.resolve(REPO, args.dir, '1x');
  const csv = path.join(root, 'recipients.csv');
  const names = Array.from({ length: EDITIONS }, (_, i) => `Recipient ${String(i + 1).padStart(2, '0')} Ltd`);
  fs.writeFileSync(csv, `name,email\n${names.map((n, i) => `${n},security@recipient${i + 1}.example`).join('\n')}\n`);
  // A fixed day of sending keeps the editions, and so every run, byte-identical.
  const extra = ['--recipients', csv, '--sent', '2026-11-29'];
  const cli = path.resolve(REPO, args.cli);
  process.stderr.write(`1x + ${EDITIONS} editions:`);
  const reported = [];
  const walls = [];
  for (let i = 0; i < runs; i++) {
    const r = runOnce(cli, root, { extra });
    const line = /(\d+) editions? in ([\d.]+) s, ([\d.]+) s per edition/.exec(r.stdout);
    if (!line || Number(line[1]) !== EDITIONS) throw new Error(`no editions line in the build's output:\n${r.stdout}`);
    reported.push(Number(line[3]));
    walls.push(r.wall);
    process.stderr.write(` ${r.wall.toFixed(2)} s`);
  }
  process.stderr.write('\n');
  return report.editionsFigures(EDITIONS, walls, base, reported);
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
    load: os.loadavg()[0].toFixed(2),
  };
}

function markdown(rows, host, args, editions, notice) {
  return [
    MARK_START,
    `Measured ${host.date} on ${host.cpu}, ${host.cores} cores, ${host.ramGiB.toFixed(1)} GiB RAM, Node ${host.node}, ${host.os}; load average ${host.load} at the start.`,
    `Ours per run: \`node ${[...NODE_FLAGS, ''].join(' ')}${args.cli} build --content out/bench/<size>/content --out out/bench/<size>/out --quiet\`, a fresh process, ` +
      'from start to the zip and archive written. Peer per run: `peer-wkhtml.sh` (pandoc + wkhtmltopdf, three PDFs, zip) on the same content flattened to Markdown beforehand. ' +
      'One warm-up run of each, then ours and the peer alternately; medians. "Unchanged rebuild": `build` again with nothing edited.',
    '',
    ...(notice ? [notice, ''] : []),
    ...report.formatTable(rows),
    '',
    ...(editions ? [report.formatEditions(editions), ''] : []),
    'Targets:',
    '',
    ...report.verdicts(rows, editions),
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
  const host = machine();
  const { peer, notice } = findPeer();
  if (notice) process.stderr.write(`${notice}\n`);
  const rows = args.sizes.map((size, i) => benchSize(args, size, args.runs[i], peer));
  const base = rows.find((r) => r.size === '1x');
  const editions = base ? benchEditions(args, Math.min(3, base.runs), base.ours.map((o) => o.wall)) : undefined;
  const generated = markdown(rows, host, args, editions, notice);
  process.stdout.write(`${generated}\n`);
  if (args.doc) {
    writeDoc(path.resolve(REPO, args.doc), generated);
    process.stderr.write(`wrote ${args.doc}\n`);
  }
}

main();
