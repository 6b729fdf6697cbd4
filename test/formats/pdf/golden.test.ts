import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderSection } from './helpers';

// Each fixture pairs a Markdown input with the pdfmake content it must render to. Functions (table
// layouts) do not survive JSON, so the comparison covers everything a function does not decide.
// Regenerate after a deliberate change with UPDATE_GOLDEN=1, then review the diff by eye.
const FIXTURES = path.join(__dirname, 'fixtures');

describe('Markdown to pdfmake document definition', () => {
  for (const name of fs.readdirSync(FIXTURES).sort()) {
    it(`renders ${name} as its golden definition`, () => {
      const input = fs.readFileSync(path.join(FIXTURES, name, 'input.md'), 'utf8');
      const content = renderSection(input);
      const actual = JSON.parse(JSON.stringify(content));
      const golden = path.join(FIXTURES, name, 'expected.json');
      if (process.env.UPDATE_GOLDEN) fs.writeFileSync(golden, `${JSON.stringify(actual, null, 2)}\n`);
      expect(actual).toEqual(JSON.parse(fs.readFileSync(golden, 'utf8')));
    });
  }
});
