import { describe, expect, test } from 'vitest';
import { mask } from '../../src/checks/secret';
import { check, checkSection, SECTION } from './helpers';

const RULE = 'content/secret';
const message = (name: string, found: string, where = 'the text') =>
  `error  This looks like ${name} in ${where}; the package leaves the company, so remove it (and revoke it if it is real) (expected no credentials, found ${found})  ${RULE}`;

describe(RULE, () => {
  test('a private key block in a code block is reported at its first line', () => {
    const lines = checkSection('# Overview\n\n```\n-----BEGIN RSA PRIVATE KEY-----\nMIIEow\n-----END RSA PRIVATE KEY-----\n```\n');
    expect(lines).toEqual([`${SECTION}:4:1  ${message('a private key block', '-----BEGIN RSA PRIVATE KEY-----')}`]);
  });

  test('an AWS access key id is reported and masked', () => {
    expect(checkSection('# Overview\n\nKey AKIAIOSFODNN7EXAMPLE here.\n')).toEqual([`${SECTION}:3:5  ${message('an AWS access key id', 'AKIA******** (20 characters)')}`]);
  });

  test('GitHub, Slack, Stripe and Google tokens are reported', () => {
    const github = `ghp_${'a1B2'.repeat(9)}`;
    const lines = checkSection(`# Overview\n\n- ${github}\n- xoxb-123456789012-abcdefABCDEF\n- sk_live_${'x'.repeat(24)}\n- AIza${'B'.repeat(35)}\n`);
    expect(lines).toEqual([
      `${SECTION}:3:3  ${message('a GitHub token', 'ghp_******** (40 characters)')}`,
      `${SECTION}:4:3  ${message('a Slack token', 'xoxb******** (30 characters)')}`,
      `${SECTION}:5:3  ${message('a Stripe secret key', 'sk_l******** (32 characters)')}`,
      `${SECTION}:6:3  ${message('a Google API key', 'AIza******** (39 characters)')}`,
    ]);
  });

  test('a JSON Web Token is reported', () => {
    const jwt = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U';
    expect(checkSection(`# Overview\n\nToken: \`${jwt}\`.\n`)).toEqual([`${SECTION}:3:9  ${message('a JSON Web Token', `eyJh******** (${jwt.length} characters)`)}`]);
  });

  test('a password assignment in code is reported with its value masked', () => {
    expect(checkSection('# Overview\n\n```ini\ndb_password = \'s3cr3t-value\'\n```\n')).toEqual([
      `${SECTION}:4:4  ${message('a password or secret assignment', "password = '********")}`,
    ]);
  });

  test('a placeholder password in code passes', () => {
    expect(checkSection('# Overview\n\n```\npassword = <your password>\napi_key: ${API_KEY}\n```\n')).toEqual([]);
  });

  test('prose about passwords is not an assignment', () => {
    expect(checkSection('# Overview\n\nThe password: chosen by each user, hashed with bcrypt.\n')).toEqual([]);
  });

  test('a token in a link target is reported where it is in the target', () => {
    expect(checkSection('# Overview\n\nSee [the hook](https://example.com/?t=xoxp-1234567890-abcdef).\n')).toEqual([
      `${SECTION}:3:39  ${message('a Slack token', 'xoxp******** (22 characters)')}`,
    ]);
  });

  test('a key in a subprocessor field is reported at the field', () => {
    const { lines } = check({
      'content/subprocessors.yaml': '- name: Stripe, Inc.\n  purpose: Payments with sk_live_abcdefghijklmnop1234\n  data: Billing\n  location: USA\n',
    });
    expect(lines).toEqual([`content/subprocessors.yaml:2:12  ${message('a Stripe secret key', 'sk_l******** (28 characters)', '"purpose" of subprocessor "Stripe, Inc."')}`]);
  });

  test('a mask never shows more than four characters of a token', () => {
    expect(mask('AKIAIOSFODNN7EXAMPLE')).toBe('AKIA******** (20 characters)');
  });
});
