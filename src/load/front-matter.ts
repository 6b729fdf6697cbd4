import { z } from 'zod';
import type { Diagnostics } from '../diagnostics';
import { audience } from './fields';
import { reportIssues } from './issues';
import type { Source } from './read';
import type { Audience } from './types';
import { parseYaml } from './yaml';

/** What a Markdown file's front matter may say. */
export const frontMatterSchema = z.strictObject({ audience }).describe('the front matter of a Markdown file: audience');

const OPEN = '---';
const CLOSE = /^(---|\.\.\.)[ \t]*$/;

/**
 * Takes a YAML front matter block (`---` on the first line, up to the next `---`) off a Markdown file.
 * The block's lines become empty lines rather than disappearing, so every later diagnostic in the body
 * keeps the line number an author sees in the editor. Problems in the block are reported at their place.
 */
export function splitFrontMatter(source: Source, diagnostics: Diagnostics): { text: string; audience?: Audience } {
  const lines = source.text.split('\n');
  if (lines[0].trimEnd() !== OPEN) return { text: source.text };
  const end = lines.findIndex((line, i) => i > 0 && CLOSE.test(line));
  if (end === -1) {
    diagnostics.error({ file: source.file, line: 1, column: 1 }, 'front-matter/unclosed', 'the front matter opened on line 1 is never closed; end it with a line of "---"', {
      expected: 'a line "---" after the front matter',
      actual: 'none until the end of the file',
    });
    return { text: source.text };
  }
  const text = '\n'.repeat(end + 1) + lines.slice(end + 1).join('\n');
  const inner = lines.slice(1, end).join('\n');
  if (inner.trim() === '') return { text };
  // One leading newline, so that the YAML parser counts lines as the file does.
  const yaml = parseYaml({ file: source.file, text: `\n${inner}\n` }, { schema: 'failsafe', expected: 'a mapping such as "audience: nda"' }, diagnostics);
  if (!yaml) return { text };
  const result = frontMatterSchema.safeParse(yaml.value, { reportInput: true });
  if (!result.success) {
    reportIssues(result.error.issues, { scope: 'front-matter', schema: frontMatterSchema, locate: yaml.locate, diagnostics });
    // A section whose audience cannot be read is kept from the public; the error stops the build anyway.
    return { text, audience: 'nda' };
  }
  return { text, ...(result.data.audience ? { audience: result.data.audience } : {}) };
}
