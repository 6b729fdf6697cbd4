import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { testdir } from '../helpers/testdir';
import { cli, projectDir, REPO } from './helpers';

// Files named on the command line (a key, a package, a questionnaire) may live anywhere, so they are not
// held to the project; but each must be a regular file of bounded size: a FIFO would block the build for
// ever, a device would never end, and a huge file would fill memory.
const hasMkfifo = spawnSync('mkfifo', ['--version']).status === 0;
if (!hasMkfifo) console.warn('mkfifo is not installed: the FIFO cases of the command-line file tests are skipped');

function fifo(): string {
  const file = path.join(testdir({}), 'pipe');
  spawnSync('mkfifo', [file]);
  return file;
}

const lastLine = (stderr: string) => stderr.trim().split('\n').at(-1);

describe.skipIf(!hasMkfifo)('files named on the command line', () => {
  const root = projectDir();
  const content = path.join(root, 'content');
  const out = path.join(root, 'out');

  test('a FIFO as the signing key, the allowed signers, the package or the questionnaire is refused without blocking', () => {
    const pipe = fifo();
    const csv = `${fifo()}.csv`;
    fs.renameSync(csv.slice(0, -4), csv);
    const cases: [string[], string][] = [
      [['build', '--content', content, '--out', out, '--signing-key', pipe], `trust-package: The signing key ${pipe} is a special file (device, FIFO or socket), not a regular file; expected an OpenSSH Ed25519 private key file, e.g. ~/.ssh/trust_package_signing.`],
      [['verify', pipe, '--content', content], `trust-package: The package zip ${pipe} is a special file (device, FIFO or socket), not a regular file; expected a package zip or an archive folder.`],
      [['verify', root, '--content', content, '--allowed-signers', pipe], `trust-package: The allowed signers file ${pipe} is a special file (device, FIFO or socket), not a regular file; expected lines like "security@example.com ssh-ed25519 AAAA...".`],
      [['answer', csv, '--content', path.join(REPO, 'test', 'fixtures', 'tesults', 'content'), '--out', out], `trust-package: The questionnaire ${csv} is a special file (device, FIFO or socket), not a regular file; expected the .xlsx or .csv file a customer sent.`],
    ];
    for (const [args, message] of cases) {
      const run = cli(args, 60_000);
      expect(run.status, args.join(' ')).toBe(1);
      expect(lastLine(run.stderr)).toBe(message);
    }
    expect(fs.existsSync(out)).toBe(false);
  }, 240_000);

  test('a device, a folder or a file past the size limit is refused before it is read', () => {
    const huge = path.join(testdir({}), 'huge.zip');
    // A sparse file: its size is what stat reports, without the disk space.
    fs.writeFileSync(huge, '');
    fs.truncateSync(huge, 600 * 1024 * 1024);
    const folder = testdir({});
    expect(lastLine(cli(['verify', '/dev/zero', '--content', content]).stderr)).toBe('trust-package: The package zip /dev/zero is a special file (device, FIFO or socket), not a regular file; expected a package zip or an archive folder.');
    expect(lastLine(cli(['verify', huge, '--content', content]).stderr)).toBe(`trust-package: The package zip ${huge} is 629145600 bytes, more than the 536870912 a package zip can be; expected a package zip or an archive folder.`);
    const key = cli(['build', '--content', content, '--out', out, '--signing-key', folder]);
    expect(key.status).toBe(1);
    expect(lastLine(key.stderr)).toBe(`trust-package: The signing key ${folder} is a folder, not a regular file; expected an OpenSSH Ed25519 private key file, e.g. ~/.ssh/trust_package_signing.`);
  }, 120_000);
});
