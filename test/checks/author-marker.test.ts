import { describe, expect, test } from 'vitest';
import { check, checkSection, SECTION } from './helpers';

const RULE = 'content/author-marker';
const message = (word: string, where = 'the text') =>
  `error  The marker "${word}" in ${where} would be sent to customers; finish the text and remove it, or keep the note in an HTML comment <!-- --> (expected finished text, found "${word}")  ${RULE}`;

describe(RULE, () => {
  test('TODO in a paragraph is reported at the word', () => {
    expect(checkSection('# Overview\n\nBackups run daily. TODO confirm.\n')).toEqual([`${SECTION}:3:20  ${message('TODO')}`]);
  });

  test('TBD, FIXME and XXX are markers too', () => {
    expect(checkSection('# Overview\n\n- TBD\n- fixme: later\n- see XXX\n')).toEqual([
      `${SECTION}:3:3  ${message('TBD')}`,
      `${SECTION}:4:3  ${message('fixme')}`,
      `${SECTION}:5:7  ${message('XXX')}`,
    ]);
  });

  test('lorem ipsum is found in any case', () => {
    expect(checkSection('# Overview\n\nLorem Ipsum dolor sit amet.\n')).toEqual([`${SECTION}:3:1  ${message('Lorem Ipsum')}`]);
  });

  test('lower-case todo and words that contain a marker are ordinary text', () => {
    expect(checkSection('# Overview\n\nA todo list, mastodon and XXXL sizes, TODOs aside.\n')).toEqual([]);
  });

  test('a marker in an HTML comment is where notes belong and passes', () => {
    expect(checkSection('# Overview\n\n<!-- TODO check with legal -->\n\nText.\n')).toEqual([]);
  });

  test('a marker in a legal template is reported', () => {
    const { lines } = check({ 'content/legal/nda.md': '# NDA\n\nTerm: TBD years.\n' });
    expect(lines).toEqual([`content/legal/nda.md:3:7  ${message('TBD')}`]);
  });

  test('a marker in a control is reported at its field', () => {
    const { lines } = check({ 'content/controls.yaml': '- id: mfa\n  area: Access\n  control: MFA everywhere. FIXME\n  frameworks: { soc2: [CC6.1] }\n' });
    expect(lines).toEqual([`content/controls.yaml:3:12  ${message('FIXME', '"control" of control "mfa"')}`]);
  });

  test('a marker in a data table cell is reported at the cell', () => {
    const { lines } = check({ 'content/tables/retention.csv': 'Plan,Days\nFree,TBD\n' });
    expect(lines).toEqual([`content/tables/retention.csv:2:6  ${message('TBD', 'row 1 of tables/retention.csv')}`]);
  });

  test('a marker in a setting is reported at its value', () => {
    const { lines } = check({ 'content/trust-package.yaml': CONFIG_WITH_TITLE('Security Overview TODO') });
    expect(lines).toEqual([`content/trust-package.yaml:7:10  ${message('TODO', 'the setting document.title')}`]);
  });
});

function CONFIG_WITH_TITLE(title: string): string {
  return `company:
  name: Tesults
  legalName: Tesults Ltd
  website: https://www.tesults.com
  securityContact: help@tesults.com
document:
  title: ${title}
  reviewDate: 2026-06-26
  classification: Confidential
brand:
  primaryColor: "#1F3A5F"
  accentColor: "#208479"
`;
}
