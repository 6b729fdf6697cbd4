import { describe, expect, test } from 'vitest';
import { checkSection, SECTION } from './helpers';

// The Markdown stage checks links; these tests confirm it covers issue 4 through loadModel.
describe('links', () => {
  test('a javascript: link is an error and its text is kept', () => {
    expect(checkSection('# Overview\n\nSee [this](javascript:alert(1)).\n')).toEqual([
      `${SECTION}:3:5  error  Link target "javascript:alert(1)" cannot be followed from a PDF; use an https:, http: or mailto: URL or a #heading-anchor. The link text is kept as plain text (expected https:, http:, mailto: or #anchor, found "javascript:alert(1)")  markdown/link-scheme`,
    ]);
  });

  test('a file: link is an error', () => {
    expect(checkSection('# Overview\n\nSee [notes](file:///etc/passwd).\n')).toHaveLength(1);
  });

  test('https, http and mailto links pass', () => {
    expect(checkSection('# Overview\n\n[a](https://a.example) [b](http://b.example) [c](mailto:c@example.com)\n')).toEqual([]);
  });

  test('an internal link to a missing heading is an error with the closest anchors', () => {
    expect(checkSection('# Overview\n\n## Backups\n\nSee [backups](#backup).\n')).toEqual([
      `${SECTION}:5:5  error  Link to #backup matches no heading in this document; link to a heading's anchor (its text in lower case, spaces as hyphens) (expected #backups or #overview, found #backup)  markdown/unknown-anchor`,
    ]);
  });

  test('an internal link to an existing heading passes', () => {
    expect(checkSection('# Overview\n\n## Backups\n\nSee [backups](#backups).\n')).toEqual([]);
  });
});
