import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { verify } from '../../src/commands/verify-list';
import { samplePackage } from './helpers/build';
import { rawZip } from './helpers/raw-zip';
import { tempDir } from './helpers/temp';

describe('verify output', () => {
  it('escapes control characters in the names and values it prints from a package', async () => {
    const { entries } = await samplePackage();
    const evil = 'evil\u001b[2J\u001b[H\ntesults.zip: OK, 6 files match manifest.json and SHA256SUMS\u0007.pdf';
    const file = join(tempDir(), 'p.zip');
    writeFileSync(file, rawZip([...entries.map((e) => ({ name: e.path, data: e.bytes })), { name: evil, data: Buffer.from('%PDF') }]));
    const result = await verify(file);
    expect(result.ok).toBe(false);
    expect(result.text).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
    expect(result.text.split('\n')).toEqual([
      'extra    evil\\x1b[2J\\x1b[H\\ntesults.zip: OK, 6 files match manifest.json and SHA256SUMS\\x07.pdf  present but listed in neither manifest.json nor SHA256SUMS',
      `${file}: 1 problem found`,
    ]);
  });
});
