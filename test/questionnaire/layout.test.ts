import { describe, expect, test } from 'vitest';
import { columnIndex, columnLetter, findLayout, questionsOf, terms, type Table } from '../../src/questionnaire';

const table = (rows: string[][], merges: { top: number; left: number; bottom: number; right: number }[] = []): Table => ({
  name: 'S',
  rows,
  mergeAt: (row, column) => merges.find((m) => row >= m.top && row <= m.bottom && column >= m.left && column <= m.right),
});

describe('finding the header', () => {
  test('takes the question and response columns under a title block', () => {
    expect(findLayout(table([['Title'], [], ['ID', 'Control Question', 'Yes/No', 'Vendor Response']]))).toEqual({ header: 2, question: 1, answer: 3, short: 2 });
  });

  test('takes Comments when there is no answer or response column', () => {
    expect(findLayout(table([['Requirement', 'Comments']]))).toEqual({ header: 0, question: 0, answer: 1 });
  });

  test('says what it looked for when no row has both headers', () => {
    expect(findLayout(table([['Name', 'Value']]))).toMatch(/^no row among the first 20 has both a question header/);
  });

  test('a row merged across the answer column is a section, not a question', () => {
    const t = table([['Question', 'Answer'], ['Access control', ''], ['Is MFA available?', '']], [{ top: 1, left: 0, bottom: 1, right: 1 }]);
    const layout = findLayout(t);
    if (typeof layout === 'string') throw new Error(layout);
    expect(questionsOf(t, layout).map((q) => q.text)).toEqual(['Is MFA available?']);
  });
});

describe('terms', () => {
  test('fold the field\'s synonyms onto one term', () => {
    expect(terms('Is 2FA supported?')).toEqual(terms('Do you offer multi-factor authentication?').slice(0, 1));
    expect(terms('single sign-on')).toEqual(terms('SAML 2.0'));
    expect(terms('sub-processors')).toEqual(terms('third parties'));
    expect(terms('RPO')).toEqual(terms('recovery point objective'));
  });

  test('meet at one stem across word forms', () => {
    expect(terms('encryption encrypted encrypts')).toEqual(['encrypt', 'encrypt', 'encrypt']);
  });

  test('meet at one stem for short words too: role and roles', () => {
    expect(terms('role')).toEqual(terms('roles'));
    expect(terms('role-based access')).toEqual(expect.arrayContaining(terms('user roles').slice(1)));
  });

  test('read a phrase by its meaning, not its words: "at least annually" is no least privilege, "log in" no log', () => {
    expect(terms('tested at least annually')).not.toContain('least');
    expect(terms('Can we log in with Google?')).toEqual(terms('sign in google'));
    expect(terms('log in')).not.toEqual(terms('audit log'));
  });

  test('read "the Third Party" as the vendor assessed, as SIG does, and third parties as its suppliers', () => {
    expect(terms('Does the Third Party monitor the security of the service?')).toEqual(terms('Do you monitor the security of the service?'));
    expect(terms('Does the Third Party use third parties?')).toEqual(terms('subprocessors'));
    expect(terms('the third-party vendors')).toEqual(terms('subprocessors'));
  });

  test('fold the field\'s words for deletion, APIs and agreements', () => {
    expect(terms('erasure')).toEqual(terms('deletion'));
    expect(terms('backed up')).toEqual(terms('backups'));
    expect(terms('application programming interfaces')).toEqual(terms('API'));
    expect(terms('GDPR Article 28 agreement')).toEqual(expect.arrayContaining(terms('DPA')));
  });
});

describe('column letters', () => {
  test('convert both ways', () => {
    expect([0, 25, 26, 701].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'ZZ']);
    expect(['A', 'z', 'AA', 'ZZ', 'A1'].map(columnIndex)).toEqual([0, 25, 26, 701, undefined]);
  });
});
