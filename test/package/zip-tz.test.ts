import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { makeZip, packageContents, timestampFor } from '../../src/package';
import { runTs } from './helpers/run-ts';
import { sampleFiles, sampleMeta } from './helpers/sample';

describe('makeZip in separate processes', () => {
  it('makes the same bytes under every time zone and from any working folder', async () => {
    const { entries } = packageContents(sampleFiles(), sampleMeta());
    const here = (await makeZip(entries, timestampFor('2026-06-26', {}))).toString('base64');
    const runs = await Promise.all([
      runTs('zip-child.ts', [], { env: { TZ: 'UTC' } }),
      // UTC+12:45 in June (UTC+13:45 in summer): a date boundary away from UTC at noon, and not whole hours.
      runTs('zip-child.ts', [], { env: { TZ: 'Pacific/Chatham' }, cwd: tmpdir() }),
      runTs('zip-child.ts', [], { env: { TZ: 'America/Los_Angeles', LANG: 'de_DE.UTF-8' } }),
    ]);
    expect(runs).toEqual([here, here, here]);
  });
});
