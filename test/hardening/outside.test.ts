import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { inputFiles } from '../../src/commands/package';
import { loadModel } from '../../src/commands/validate';
import { Diagnostics } from '../../src/diagnostics';
import { files, TODAY } from '../checks/helpers';
import { lines } from '../load/fixtures';
import { testdir } from '../helpers/testdir';

const SECRET = 'SECRET-OUTSIDE-THE-PROJECT';
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082', 'hex');

/** A project from the lint fixture, a folder outside it holding `outside`, then `arrange` to add links. */
function project(overrides: Record<string, string | Buffer | undefined>, outside: Record<string, string | Buffer>, arrange: (root: string, away: string) => void) {
  const root = testdir(files(overrides));
  const away = testdir(outside);
  arrange(root, away);
  const diagnostics = new Diagnostics();
  const model = loadModel(path.join(root, 'content'), diagnostics, { today: TODAY });
  return { root, model, lines: lines(diagnostics).filter((line) => !line.endsWith('content/review-date-stale')) };
}

const link = (root: string, from: string, to: string) => {
  fs.mkdirSync(path.dirname(path.join(root, from)), { recursive: true });
  fs.symlinkSync(to, path.join(root, from));
};

describe('nothing outside the project is read', () => {
  test('a section linked to a file outside the project is refused at the file', () => {
    const { lines } = project({}, { 'leak.md': `# Leak\n\n${SECRET}\n` }, (root, away) => link(root, 'content/sections/02-leak.md', path.join(away, 'leak.md')));
    expect(lines).toEqual([
      expect.stringMatching(/^content\/sections\/02-leak\.md:1:1  error  "content\/sections\/02-leak\.md" is a symbolic link to a file outside the project; .*  content\/outside-project$/),
    ]);
    expect(lines.join('\n')).not.toContain(SECRET);
  });

  test('a table inside a linked folder that leads outside is refused', () => {
    const { lines } = project({}, { 'rows.csv': `Plan,Days\n${SECRET},30\n` }, (root, away) => link(root, 'content/tables', away));
    expect(lines).toEqual([expect.stringMatching(/^content\/tables\/rows\.csv:1:1  error  .*outside the project.*  content\/outside-project$/)]);
  });

  test('a logo and a font linked outside are refused where the configuration names them', () => {
    const { lines } = project(
      { 'content/trust-package.yaml': `${baseConfig()}  logo: assets/logo.png\n  fonts:\n    normal: assets/f.ttf\n    bold: assets/f.ttf\n    italics: assets/f.ttf\n    bolditalics: assets/f.ttf\n` },
      { 'logo.png': PNG, 'f.ttf': Buffer.from('not a font') },
      (root, away) => {
        link(root, 'assets/logo.png', path.join(away, 'logo.png'));
        link(root, 'assets/f.ttf', path.join(away, 'f.ttf'));
      },
    );
    expect(lines.filter((line) => line.endsWith('content/outside-project')).map((line) => line.split(' ')[0])).toEqual([
      'content/trust-package.yaml:13:9',
      'content/trust-package.yaml:15:13',
      'content/trust-package.yaml:16:11',
      'content/trust-package.yaml:17:14',
      'content/trust-package.yaml:18:18',
    ]);
    // The font outside was never opened: it would have been reported as an invalid font.
    expect(lines.filter((line) => line.endsWith('content/font-invalid'))).toEqual([]);
  });

  test('a Markdown image linked outside is refused at the image', () => {
    const { lines } = project({ 'content/sections/01-overview.md': '# Overview\n\n![Diagram](../../assets/d.png)\n' }, { 'd.png': PNG }, (root, away) => link(root, 'assets/d.png', path.join(away, 'd.png')));
    expect(lines).toEqual([expect.stringMatching(/^content\/sections\/01-overview\.md:3:1  error  Image file assets\/d\.png is a symbolic link to a file outside the project; .*  content\/outside-project$/)]);
  });

  test('a link inside the project to a file inside it is read as that file', () => {
    const { lines, model } = project({ 'notes/real.md': '# Linked\n\nRead through a link.\n' }, {}, (root) => link(root, 'content/sections/02-linked.md', path.join(root, 'notes', 'real.md')));
    expect(lines).toEqual([]);
    expect(model?.sections.map((s) => s.file)).toEqual(['content/sections/01-overview.md', 'content/sections/02-linked.md']);
  });

  test.skipIf(process.platform === 'win32')('a FIFO among the sections is refused without being opened', () => {
    const started = Date.now();
    const { lines } = project({}, {}, (root) => execFileSync('mkfifo', [path.join(root, 'content', 'sections', '02-pipe.md')]));
    expect(lines).toEqual([expect.stringMatching(/^content\/sections\/02-pipe\.md:1:1  error  "content\/sections\/02-pipe\.md" is not a regular file; .*  content\/not-a-file$/)]);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  test('files the build ignores are not read and not hashed; a file read through a link is hashed', () => {
    const { root, model } = project({ 'content/notes.txt': 'ignored\n', 'notes/real.md': '# Linked\n\nText.\n' }, { 'secret.txt': SECRET }, (root, away) => {
      link(root, 'content/sections/02-linked.md', path.join(root, 'notes', 'real.md'));
      link(root, 'content/leak.txt', path.join(away, 'secret.txt'));
      execFileSync('mkfifo', [path.join(root, 'content', 'pipe')]);
    });
    const inputs = inputFiles(model!, path.join(root, 'content'));
    expect(inputs.map((f) => f.path).sort()).toEqual([
      'content/controls.yaml',
      'content/legal/dpa.md',
      'content/legal/nda.md',
      'content/sections/01-overview.md',
      'content/sections/02-linked.md',
      'content/subprocessors.yaml',
      'content/trust-package.yaml',
    ]);
    expect(inputs.find((f) => f.path === 'content/sections/02-linked.md')?.bytes.toString()).toBe('# Linked\n\nText.\n');
  });
});

function baseConfig(): string {
  return files()['content/trust-package.yaml'].toString();
}
