import { describe, expect, it, test } from 'vitest';
import { optionalSettingKeys, placeholderValues } from '../../src/load';
import type { Config } from '../../src/load';

const config: Config = {
  company: { name: 'Tesults', legalName: 'Tesults Ltd', website: 'https://www.tesults.com', securityContact: 'help@tesults.com' },
  document: { title: 'Overview', reviewDate: '2026-06-26', classification: 'Confidential', language: 'en', version: '2.1', maxAgeMonths: 12, formats: ['pdf', 'docx'], numbering: false },
  brand: {
    logo: 'assets/logo.svg',
    primaryColor: '#1F3A5F',
    accentColor: '#2BB3A3',
    fonts: { normal: 'a.ttf', bold: 'b.ttf', italics: 'c.ttf', bolditalics: 'd.ttf' },
  },
  legal: { subprocessorNoticeDays: 30, templateNotice: true },
  archive: { dir: 'out/archive' },
  site: { enabled: true, defaultAudience: 'public' },
  variables: { dpoEmail: 'dpo@tesults.com' },
  frameworks: {},
  strings: {},
  rules: { 'content/empty': 'off' },
};

test('placeholder values are every scalar setting under its dotted key', () => {
  expect(Object.fromEntries(placeholderValues(config))).toEqual({
    'company.name': 'Tesults',
    'company.legalName': 'Tesults Ltd',
    'company.website': 'https://www.tesults.com',
    'company.securityContact': 'help@tesults.com',
    'document.title': 'Overview',
    'document.maxAgeMonths': '12',
    'document.numbering': 'false',
    'document.reviewDate': '26 June 2026',
    'document.classification': 'Confidential',
    'document.language': 'en',
    'document.version': '2.1',
    'brand.logo': 'assets/logo.svg',
    'brand.primaryColor': '#1F3A5F',
    'brand.accentColor': '#2BB3A3',
    'legal.subprocessorNoticeDays': '30',
    'legal.templateNotice': 'true',
    'archive.dir': 'out/archive',
    'site.enabled': 'true',
    'site.defaultAudience': 'public',
    'vars.dpoEmail': 'dpo@tesults.com',
  });
});

test('a date-valued placeholder prints the long date of the document language, as the cover does', () => {
  expect(placeholderValues(config).get('document.reviewDate')).toBe('26 June 2026');
  expect(placeholderValues({ ...config, document: { ...config.document, language: 'de-DE' } }).get('document.reviewDate')).toBe('26. Juni 2026');
  expect(placeholderValues({ ...config, strings: { longDate: '{year}-{month}-{day}', months: 'I,II,III,IV,V,VI,VII,VIII,IX,X,XI,XII' } }).get('document.reviewDate')).toBe('2026-VI-26');
});

test('settings left out have no placeholder value', () => {
  const values = placeholderValues(config);
  expect(values.has('company.address')).toBe(false);
  expect(values.has('legal.governingLaw')).toBe(false);
});

test('rules and brand fonts are not placeholder values', () => {
  const keys = [...placeholderValues(config).keys()];
  expect(keys.filter((key) => key.startsWith('rules') || key.startsWith('brand.fonts'))).toEqual([]);
});

describe('optionalSettingKeys', () => {
  it('lists the settings a user may leave out that have no default, read from the schema', () => {
    expect([...optionalSettingKeys()].sort()).toEqual(['brand.logo', 'company.address', 'document.approver', 'document.owner', 'document.version', 'legal.governingLaw', 'site.url']);
  });
});
