import { describe, expect, it } from 'vitest';
import { editionsFigures, formatEditions, formatTable, median, parseRuns, peerNotice, verdicts, type SizeRow } from '../../bench/report.js';

const row = (size: string, ours: number[], peer: number[] | null, unchanged: number[] = [0.2]): SizeRow => ({
  size,
  content: { sections: 10, controls: 9, subprocessors: 3 },
  runs: ours.length,
  ours: ours.map((wall, i) => ({ wall, cpu: wall * 1.5, rssMiB: 100 + i })),
  peer: peer && peer.map((wall) => ({ wall, cpu: wall / 2 })),
  unchanged,
  identical: true,
});

describe('bench report', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it('reads BENCH_RUNS as one count for every size or one per size', () => {
    const sizes = ['1x', '10x', '100x'];
    expect(parseRuns(undefined, sizes, [5, 5, 3])).toEqual([5, 5, 3]);
    expect(parseRuns('1', sizes, [5, 5, 3])).toEqual([1, 1, 1]);
    expect(parseRuns('7,2', sizes, [5, 5, 3])).toEqual([7, 2, 2]);
    expect(() => parseRuns('0', sizes, [5])).toThrow(/BENCH_RUNS/);
    expect(() => parseRuns('two', sizes, [5])).toThrow(/BENCH_RUNS/);
  });

  it('says in one line why the peer columns are skipped, and nothing when the peer can run', () => {
    expect(peerNotice([], true, '/x/peers')).toBeNull();
    expect(peerNotice(['pandoc', 'wkhtmltopdf'], true, '/x/peers')).toBe(
      'bench: peer columns skipped: pandoc, wkhtmltopdf not found (Debian packages pandoc, wkhtmltopdf, zip)',
    );
    expect(peerNotice([], false, '/x/peers')).toBe(
      'bench: peer columns skipped: no peer pipeline at /x/peers (set BENCH_PEER_DIR to the folder holding peer-wkhtml.sh and flatten.mjs)',
    );
  });

  it('prints ours and the peer side by side with the ratio of the medians', () => {
    expect(formatTable([row('1x', [0.9, 0.7, 0.8], [1.0, 1.2, 1.1])])).toEqual([
      '| size | sections / controls / subprocessors | runs | ours: wall (min-max) | ours: CPU | ours: peak RSS (max) | peer: wall (min-max) | peer: CPU | ours / peer: wall | ours / peer: CPU | unchanged rebuild | same zip every run |',
      '|---|---|---|---|---|---|---|---|---|---|---|---|',
      '| 1x | 10 / 9 / 3 | 3 each, interleaved | 0.80 s (0.70-0.90) | 1.20 s | 102 MiB | 1.10 s (1.00-1.20) | 0.55 s | 0.73x | 2.18x | 0.20 s | yes |',
    ]);
  });

  it('leaves the peer columns out when the peer did not run', () => {
    const [head, , line] = formatTable([row('1x', [0.8], null)]);
    expect(head).not.toContain('peer');
    expect(line).toBe('| 1x | 10 / 9 / 3 | 1 | 0.80 s (0.80-0.80) | 1.20 s | 100 MiB | 0.20 s | yes |');
  });

  it('judges every target from the medians', () => {
    const editions = editionsFigures(10, [1.5, 1.4], [0.9, 0.9], [0.06, 0.05]);
    expect(editions.perEdition).toBeCloseTo(0.055);
    expect(verdicts([row('1x', [0.6], [1.0]), row('10x', [1.0], [2.0]), row('100x', [3.0], [5.0], [0.4])], editions)).toEqual([
      '- 1x at most 0.6x the peer: 0.60x wall, met (CPU: 1.80x)',
      '- 100x at most 0.5x the peer: 0.60x wall, **missed** (CPU: 1.80x)',
      '- 100x peak RSS at most 400 MiB: 100 MiB (highest run), met',
      '- at most 0.05 s per extra edition: 0.055 s, **missed**',
      '- unchanged rebuild at most 0.3 s: 0.40 s (slowest size), **missed**',
      '- 100x at most 11 times 10x: 3.0 times, met',
    ]);
    expect(formatEditions(editions)).toBe(
      'Recipient editions: the 1x build with 10 recipients (`--recipients`, 2 runs) takes 1.45 s median wall, 0.055 s per extra edition over the plain 1x build (the build\'s own "s per edition" figure: 0.055 s).',
    );
  });
});
