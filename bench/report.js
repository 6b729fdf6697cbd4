'use strict';
/**
 * The pure parts of `make bench`: medians, the run counts, whether the peer can run, the side-by-side
 * table and the verdicts on the targets. No file system, no processes: bench/run.js does those.
 */

/** The targets of the side-by-side issue: ratios to the peer, memory, editions and the no-op rebuild. */
const TARGETS = {
  ratio: { '1x': 0.6, '100x': 0.5 },
  rssMiB: { '100x': 400 },
  perEditionSeconds: 0.05,
  unchangedSeconds: 0.3,
  growth: 11,
};

/** The commands the peer pipeline calls; without any of them the peer is not run. */
const PEER_TOOLS = ['pandoc', 'wkhtmltopdf', 'zip'];

/** The middle value (the mean of the two middle ones for an even count); NaN for none. */
function median(values) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Runs per size from BENCH_RUNS: one number for every size ("1" for a smoke run), or one per size
 * ("5,5,3"); the last number repeats for sizes beyond the list. Defaults to `fallback`.
 */
function parseRuns(text, sizes, fallback) {
  const list = text === undefined || text.trim() === '' ? fallback : text.split(',').map((s) => Number(s.trim()));
  if (list.length === 0 || list.some((n) => !Number.isInteger(n) || n < 1)) {
    throw new Error(`BENCH_RUNS must be whole numbers of at least 1, one or one per size (e.g. 1 or 5,5,3); got ${JSON.stringify(text)}`);
  }
  return sizes.map((_, i) => list[Math.min(i, list.length - 1)]);
}

/**
 * The one line printed instead of the peer columns, or null when the peer can run. `missing` lists the
 * commands not found; `scriptFound` says whether the peer scripts exist at `dir`.
 */
function peerNotice(missing, scriptFound, dir) {
  if (!scriptFound) return `bench: peer columns skipped: no peer pipeline at ${dir} (set BENCH_PEER_DIR to the folder holding peer-wkhtml.sh and flatten.mjs)`;
  if (missing.length > 0) return `bench: peer columns skipped: ${missing.join(', ')} not found (Debian packages ${PEER_TOOLS.join(', ')})`;
  return null;
}

const s = (seconds) => `${seconds.toFixed(2)} s`;
/** Per-edition figures are small: three decimals, so that a figure just over its target does not print as equal to it. */
const ms = (seconds) => `${seconds.toFixed(3)} s`;
const range = (values) => `${s(median(values))} (${Math.min(...values).toFixed(2)}-${Math.max(...values).toFixed(2)})`;

/**
 * The side-by-side table as Markdown lines. Each row: { size, content: {sections, controls, subprocessors},
 * runs, ours: [{wall, cpu, rssMiB}], peer: [{wall}] or null, unchanged: [seconds], identical }.
 */
function formatTable(rows) {
  const withPeer = rows.some((r) => r.peer);
  const head = ['size', 'sections / controls / subprocessors', 'runs', 'ours: wall (min-max)', 'ours: CPU', 'ours: peak RSS (max)'];
  if (withPeer) head.push('peer: wall (min-max)', 'peer: CPU', 'ours / peer: wall', 'ours / peer: CPU');
  head.push('unchanged rebuild', 'same zip every run');
  const lines = [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`];
  for (const r of rows) {
    const cells = [
      r.size,
      `${r.content.sections} / ${r.content.controls} / ${r.content.subprocessors}`,
      r.peer ? `${r.runs} each, interleaved` : `${r.runs}`,
      range(r.ours.map((o) => o.wall)),
      s(median(r.ours.map((o) => o.cpu))),
      `${Math.max(...r.ours.map((o) => o.rssMiB)).toFixed(0)} MiB`,
    ];
    if (withPeer) {
      cells.push(
        r.peer ? range(r.peer.map((p) => p.wall)) : 'n/a',
        r.peer ? s(median(r.peer.map((p) => p.cpu))) : 'n/a',
        r.peer ? `${ratio(r).toFixed(2)}x` : 'n/a',
        r.peer ? `${cpuRatio(r).toFixed(2)}x` : 'n/a',
      );
    }
    cells.push(r.unchanged.length ? s(median(r.unchanged)) : 'n/a', r.identical ? 'yes' : '**no**');
    lines.push(`| ${cells.join(' | ')} |`);
  }
  return lines;
}

/** Median wall time of ours over median wall time of the peer. */
function ratio(row) {
  return median(row.ours.map((o) => o.wall)) / median(row.peer.map((p) => p.wall));
}

/** Median CPU time of ours over that of the peer: steadier than wall time when the machine is busy. */
function cpuRatio(row) {
  return median(row.ours.map((o) => o.cpu)) / median(row.peer.map((p) => p.cpu));
}

/** One line per target: the figure measured and whether it holds. `editions` as from formatEditions. */
function verdicts(rows, editions) {
  const by = Object.fromEntries(rows.map((r) => [r.size, r]));
  const mark = (ok) => (ok ? 'met' : '**missed**');
  const lines = [];
  for (const [size, limit] of Object.entries(TARGETS.ratio)) {
    const r = by[size];
    if (!r) continue;
    if (!r.peer) lines.push(`- ${size} at most ${limit}x the peer: not measured (no peer)`);
    else lines.push(`- ${size} at most ${limit}x the peer: ${ratio(r).toFixed(2)}x wall, ${mark(ratio(r) <= limit)} (CPU: ${cpuRatio(r).toFixed(2)}x)`);
  }
  for (const [size, limit] of Object.entries(TARGETS.rssMiB)) {
    const r = by[size];
    if (!r) continue;
    const rss = Math.max(...r.ours.map((o) => o.rssMiB));
    lines.push(`- ${size} peak RSS at most ${limit} MiB: ${rss.toFixed(0)} MiB (highest run), ${mark(rss <= limit)}`);
  }
  if (editions) {
    lines.push(`- at most ${TARGETS.perEditionSeconds} s per extra edition: ${ms(editions.perEdition)}, ${mark(editions.perEdition <= TARGETS.perEditionSeconds)}`);
  }
  const unchanged = rows.filter((r) => r.unchanged.length);
  if (unchanged.length) {
    const worst = Math.max(...unchanged.map((r) => median(r.unchanged)));
    lines.push(`- unchanged rebuild at most ${TARGETS.unchangedSeconds} s: ${s(worst)} (slowest size), ${mark(worst <= TARGETS.unchangedSeconds)}`);
  }
  if (by['10x'] && by['100x']) {
    const growth = median(by['100x'].ours.map((o) => o.wall)) / median(by['10x'].ours.map((o) => o.wall));
    lines.push(`- 100x at most ${TARGETS.growth} times 10x: ${growth.toFixed(1)} times, ${mark(growth <= TARGETS.growth)}`);
  }
  return lines;
}

/**
 * The editions figure: `withEditions` are whole-process walls of the 1x build with `count` editions,
 * `base` those of the plain 1x build, `reported` the build's own per-edition seconds per run.
 * The extra wall per edition is (median with editions - median without) / count.
 */
function editionsFigures(count, withEditions, base, reported) {
  return {
    count,
    runs: withEditions.length,
    wall: median(withEditions),
    perEdition: (median(withEditions) - median(base)) / count,
    reported: median(reported),
  };
}

/** The editions paragraph. */
function formatEditions(e) {
  return (
    `Recipient editions: the 1x build with ${e.count} recipients (\`--recipients\`, ${e.runs} run${e.runs === 1 ? '' : 's'}) takes ${s(e.wall)} median wall, ` +
    `${ms(e.perEdition)} per extra edition over the plain 1x build (the build's own "s per edition" figure: ${ms(e.reported)}).`
  );
}

module.exports = { TARGETS, PEER_TOOLS, median, parseRuns, peerNotice, formatTable, verdicts, editionsFigures, formatEditions, ratio, cpuRatio };
