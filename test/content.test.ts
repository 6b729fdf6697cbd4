import path from 'node:path';
import { expect, test } from 'vitest';
import { loadModel } from '../src/commands/validate';
import { Diagnostics, formatDiagnostic, sortDiagnostics } from '../src/diagnostics';
import { REPO } from './helpers/project';

// The one test that reads the user's content/: every other test builds its own fixtures, so that `make test`
// passes whatever company's content is in content/. It fails with the diagnostics themselves, as
// `make validate` prints them.
test('the content in content/ validates with no errors', () => {
  const diagnostics = new Diagnostics();
  loadModel(path.join(REPO, 'content'), diagnostics);
  const errors = sortDiagnostics(diagnostics.items.filter((d) => d.severity === 'error')).map(formatDiagnostic);
  expect(errors).toEqual([]);
});
