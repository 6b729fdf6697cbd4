import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject, listFiles, removeProject, runCli } from '../helpers/project';

// A recipient name the font cannot draw would print as boxes in the stamp on every page.
let project: string;

beforeAll(() => {
  project = copyProject();
});

afterAll(() => removeProject(project));

describe('recipient names the fonts cannot draw', () => {
  it('are refused from a recipients file, at the place of the name, before anything is built', () => {
    fs.writeFileSync(path.join(project, 'recipients.csv'), 'name,email\nAcme Corp,\n東京商事,\n');
    const result = runCli(['build', '--quiet', '--recipients', 'recipients.csv', '--sent', '2026-11-29'], project);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      'recipients.csv:3:1  error  The recipient name "東京商事" has characters the font cannot draw: "東" (U+6771), "京" (U+4EAC), "商" (U+5546), "事" (U+4E8B); they would print as empty boxes on every page.',
    );
    expect(result.stderr).toMatch(/recipients\/missing-glyph$/m);
    expect(listFiles(path.join(project, 'out'))).toEqual([]);
  });

  it('are refused from the command line with the same message and exit 1', () => {
    const result = runCli(['build', '--quiet', '--recipient', 'Ünïcode ☃ Ltd', '--sent', '2026-11-29'], project);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('trust-package: The recipient name "Ünïcode ☃ Ltd" has characters the font cannot draw: "☃" (U+2603)');
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(listFiles(path.join(project, 'out'))).toEqual([]);
  });
});
