import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from './helpers';

// Each case is input.md with the expected document in expected.json and the expected diagnostic
// lines, if any, in diagnostics.txt. UPDATE_GOLDEN=1 rewrites them: review every change by eye.
const FIXTURES = join(__dirname, 'fixtures');
const update = process.env.UPDATE_GOLDEN === '1';

describe('golden documents', () => {
  for (const name of readdirSync(FIXTURES).sort()) {
    test(`${name} parses to its expected document and diagnostics`, () => {
      const dir = join(FIXTURES, name);
      const { doc, lines } = parse(readFileSync(join(dir, 'input.md'), 'utf8'));
      const diagnosticsFile = join(dir, 'diagnostics.txt');
      if (update) {
        writeFileSync(join(dir, 'expected.json'), `${JSON.stringify(doc, null, 2)}\n`);
        if (lines.length > 0) writeFileSync(diagnosticsFile, `${lines.join('\n')}\n`);
      }
      expect(doc).toEqual(JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')));
      const expectedLines = existsSync(diagnosticsFile) ? readFileSync(diagnosticsFile, 'utf8').split('\n').filter(Boolean) : [];
      expect(lines).toEqual(expectedLines);
    });
  }
});
