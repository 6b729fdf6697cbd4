import { describe, expect, it } from 'vitest';
import { allows, matchPatternList, parseAllowedSigners } from '../../src/package';
import { nodeKeyPair, openSshPublicKey } from './helpers/keys';

const { pub } = nodeKeyPair();
const [TYPE, KEY] = openSshPublicKey(pub).split(' ');
const NOW = new Date('2026-07-01T00:00:00Z');

describe('parseAllowedSigners', () => {
  it('reads principals, quoted options, the key and a comment, and skips comments and blank lines', () => {
    const { signers, problems } = parseAllowedSigners(
      `# trust page key\n\nhelp@tesults.com,security@tesults.com namespaces="file,git",valid-before="20270101Z" ${TYPE} ${KEY} published 2026\n`,
    );
    expect(problems).toEqual([]);
    expect(signers).toEqual([
      {
        line: 3,
        principals: 'help@tesults.com,security@tesults.com',
        keyType: 'ssh-ed25519',
        key: pub,
        namespaces: ['file', 'git'],
        certAuthority: false,
        validAfter: null,
        validBefore: new Date('2027-01-01T00:00:00Z'),
      },
    ]);
  });

  it('keeps lines of other key types, which never match, and reports lines it cannot read by number', () => {
    const { signers, problems } = parseAllowedSigners(`a@b ssh-rsa AAAAB3NzaC1yc2E=\njust-a-name\na@b ssh-ed25519 AAAA\nb@c frobnicate ${TYPE} ${KEY}\n`);
    expect(signers.map((s) => [s.line, s.keyType, s.key])).toEqual([[1, 'ssh-rsa', null]]);
    expect(problems).toEqual([
      { line: 2, detail: 'expected "principals [options] key-type base64-key"' },
      { line: 3, detail: 'its ssh-ed25519 key is not a valid base64 Ed25519 key' },
      { line: 4, detail: 'unknown option "frobnicate"' },
    ]);
  });
});

describe('allows', () => {
  const line = (options: string) => parseAllowedSigners(`*@tesults.com,!ex@tesults.com ${options} ${TYPE} ${KEY}`).signers[0];

  it('matches principals by pattern, negation first, and the namespace option', () => {
    expect(allows(line('namespaces="file"'), 'help@tesults.com', pub, 'file', NOW)).toBe(true);
    expect(allows(line('namespaces="file"'), 'ex@tesults.com', pub, 'file', NOW)).toBe(false);
    expect(allows(line('namespaces="git"'), 'help@tesults.com', pub, 'file', NOW)).toBe(false);
    expect(allows(line('namespaces="file"'), 'help@tesults.com', nodeKeyPair().pub, 'file', NOW)).toBe(false);
  });

  it('honours valid-after and valid-before, and never takes a cert-authority line as a key', () => {
    expect(allows(line('valid-before="20260601Z"'), 'help@tesults.com', pub, 'file', NOW)).toBe(false);
    expect(allows(line('valid-after="20260801Z"'), 'help@tesults.com', pub, 'file', NOW)).toBe(false);
    expect(allows(line('cert-authority'), 'help@tesults.com', pub, 'file', NOW)).toBe(false);
  });

  it('matches ? and * like OpenSSH, and nothing else as a pattern', () => {
    expect(matchPatternList('a.b@x', 'a?b@*')).toBe(true);
    expect(matchPatternList('axb@x', 'a.b@x')).toBe(false);
  });
});
