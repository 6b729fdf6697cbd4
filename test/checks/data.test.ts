import { describe, expect, test } from 'vitest';
import { normaliseName } from '../../src/checks/subprocessor-duplicates';
import { CONFIG, SUBPROCESSORS } from '../load/fixtures';
import { check } from './helpers';

const SUBS = 'content/subprocessors.yaml';
const sub = (name: string, location = 'USA') => `- name: ${name}\n  purpose: Payments\n  data: Billing\n  location: ${location}\n`;

describe('subprocessors/near-duplicate', () => {
  test('legal suffixes, case and punctuation do not tell entities apart', () => {
    expect(normaliseName('Stripe, Inc.')).toBe('stripe');
    expect(normaliseName('STRIPE Inc')).toBe('stripe');
    expect(normaliseName('Müller GmbH')).toBe('muller');
  });

  test('the same entity under two spellings is a warning at the second', () => {
    const { lines } = check({ [SUBS]: SUBPROCESSORS + sub('Amazon Web Services LLC') });
    expect(lines).toEqual([
      `${SUBS}:7:3  warning  "Amazon Web Services LLC" looks like the same entity as "Amazon Web Services, Inc." (line 1); merge the entries, or make the names tell them apart (expected each entity listed once, found "Amazon Web Services LLC" and "Amazon Web Services, Inc.")  subprocessors/near-duplicate`,
    ]);
  });

  test('a typo in a long name is a warning', () => {
    const { lines } = check({ [SUBS]: sub('Cloudflare, Inc.') + sub('Cloudfare Inc') });
    expect(lines).toEqual([
      `${SUBS}:5:3  warning  "Cloudfare Inc" looks like the same entity as "Cloudflare, Inc." (line 1); merge the entries, or make the names tell them apart (expected each entity listed once, found "Cloudfare Inc" and "Cloudflare, Inc.")  subprocessors/near-duplicate`,
    ]);
  });

  test('short names a letter apart are different entities', () => {
    expect(check({ [SUBS]: sub('Box, Inc.') + sub('Fox, Inc.') }).lines).toEqual([]);
  });

  test('an exact repeat is the loader\'s error, not also a warning', () => {
    expect(check({ [SUBS]: sub('Stripe, Inc.') + sub('stripe, inc.') }).lines).toEqual([
      `${SUBS}:5:3  error  "stripe, inc." is listed twice; merge the two entries (expected a unique name, found the name of the subprocessor at line 1)  subprocessors/duplicate-name`,
    ]);
  });
});

describe('subprocessor location', () => {
  test('a location of only spaces is an error at the value', () => {
    expect(check({ [SUBS]: sub('Stripe, Inc.', '"   "') }).lines).toEqual([
      `${SUBS}:4:13  error  "location" must not be empty (expected where it processes the data, a country or region, found "   ")  subprocessors/required-field`,
    ]);
  });

  test('a missing location is an error at the entry', () => {
    expect(check({ [SUBS]: '- name: Stripe\n  purpose: Payments\n  data: Billing\n' }).lines).toEqual([
      `${SUBS}:1:3  error  "location" is required (expected where it processes the data, a country or region, found nothing)  subprocessors/required-field`,
    ]);
  });

  test('an empty location cell in CSV is an error at the cell', () => {
    const { lines } = check({ [SUBS]: undefined, 'content/subprocessors.csv': 'name,purpose,data,location\nStripe,Payments,Billing, \n' });
    expect(lines).toEqual([
      'content/subprocessors.csv:2:26  error  "location" is required (expected where it processes the data, a country or region, found nothing)  subprocessors/required-field',
    ]);
  });
});

describe('controls/no-frameworks', () => {
  test('a control without frameworks is a warning at the control', () => {
    const { lines } = check({ 'content/controls.yaml': '- id: mfa\n  area: Access\n  control: MFA for all staff.\n' });
    expect(lines).toEqual([
      'content/controls.yaml:1:3  warning  Control "mfa" maps to no framework, so the matrix shows "None mapped"; add frameworks, e.g. { soc2: [CC6.1] }, or turn this rule off (expected at least one framework reference, found none)  controls/no-frameworks',
    ]);
  });
});

describe('the framework catalogue', () => {
  const CSV = 'content/controls.csv';
  const csv = (frameworks: string) => ({ 'content/controls.yaml': undefined, [CSV]: `id,area,control,frameworks\nmfa,Access,MFA for all staff.,"${frameworks}"\n` });

  test('spellings of one framework are one key, written to the model under its canonical id', () => {
    const { lines, model } = check({ 'content/controls.yaml': '- id: mfa\n  area: Access\n  control: MFA.\n  frameworks:\n    "SOC 2": [CC6.1]\n    soc2: [CC6.2]\n    ISO/IEC 27001: [A.8.5]\n    "BSI-C5": [IDM-01]\n' });
    expect(lines).toEqual([]);
    expect(model?.controls[0].frameworks).toEqual({ soc2: ['CC6.1', 'CC6.2'], iso27001: ['A.8.5'], bsic5: ['IDM-01'] });
  });

  test('an unknown framework is an error at its key with the closest known name', () => {
    const { lines } = check({ 'content/controls.yaml': '- id: mfa\n  area: Access\n  control: MFA.\n  frameworks: { soc3: [CC6.1], iso2701: [A.5] }\n' });
    expect(lines).toEqual([
      'content/controls.yaml:4:23  error  framework "soc3" of control "mfa" is not in the catalogue; did you mean "SOC 2"? Or declare it under frameworks: in trust-package.yaml (expected a framework such as SOC 2, ISO/IEC 27001, BSI C5 or one declared in trust-package.yaml (see docs/content.md), found "soc3")  controls/unknown-framework',
      'content/controls.yaml:4:41  error  framework "iso2701" of control "mfa" is not in the catalogue; did you mean "ISO/IEC 27001"? Or declare it under frameworks: in trust-package.yaml (expected a framework such as SOC 2, ISO/IEC 27001, BSI C5 or one declared in trust-package.yaml (see docs/content.md), found "iso2701")  controls/unknown-framework',
    ]);
  });

  test('a framework declared in trust-package.yaml is known, under its name and its aliases', () => {
    const config = `${CONFIG}frameworks:\n  internal-policy:\n    name: Internal security policy\n    aliases: [ISP]\n`;
    const { lines, model } = check({ 'content/trust-package.yaml': config, ...csv('Internal Policy: IS-7; isp: IS-8; GDPR: Art. 32') });
    expect(lines).toEqual([]);
    expect(model?.controls[0].frameworks).toEqual({ 'internal-policy': ['IS-7', 'IS-8'], gdpr: ['Art. 32'] });
    expect(model?.frameworks.name('internal-policy')).toBe('Internal security policy');
  });

  test('a malformed frameworks cell is one error naming the cell, and no "maps to no framework" warning', () => {
    expect(check(csv('soc2 CC6.1, iso27001 A.8.24')).lines).toEqual([
      `${CSV}:2:31  error  the frameworks cell cannot be read: "soc2 CC6.1, iso27001 A.8.24" does not name a framework; write frameworks as "name: ref, ref; name: ref" (expected e.g. "soc2: CC6.1, CC6.7; iso27001: A.8.24", found "soc2 CC6.1, iso27001 A.8.24")  controls/frameworks-format`,
    ]);
  });

  test('a CSV control with no frameworks is told to fill in the cell, not given YAML syntax', () => {
    expect(check({ 'content/controls.yaml': undefined, [CSV]: 'id,area,control,frameworks\nmfa,Access,MFA.,\n' }).lines).toEqual([
      `${CSV}:2:1  warning  Control "mfa" maps to no framework, so the matrix shows "None mapped"; add a frameworks cell, e.g. "soc2: CC6.1; iso27001: A.8.24", or turn this rule off (expected at least one framework reference, found none)  controls/no-frameworks`,
    ]);
  });
});

describe('content/control-character in data', () => {
  test('a control character in a YAML field is removed with a warning at the field', () => {
    const { lines, model } = check({ 'content/controls.yaml': '- id: mfa\n  area: "Acc\\aess"\n  control: MFA.\n  frameworks: { soc2: [CC6.1] }\n' });
    expect(lines).toEqual([
      'content/controls.yaml:2:9  warning  Removed the invisible control character U+0007 from "area": it renders unpredictably in a PDF; delete it from the file (expected printable text, found U+0007 at character 4)  content/control-character',
    ]);
    expect(model?.content.controls[0].area).toBe('Access');
  });

  test('a control character in a CSV table cell is removed with a warning at the cell', () => {
    const { lines, model } = check({ 'content/tables/retention.csv': 'Plan,Days\nFree,3\u000b0\n' });
    expect(lines).toEqual([
      'content/tables/retention.csv:2:6  warning  Removed the invisible control character U+000B: it renders unpredictably in a PDF; delete it from the file (expected printable text, found U+000B at character 2)  content/control-character',
    ]);
    expect(model?.content.tables[0].rows).toEqual([['Free', '30']]);
  });

  test('a control character in a setting is removed with a warning', () => {
    const { lines, model } = check({ 'content/trust-package.yaml': CONFIG.replace('name: Tesults', 'name: "Tes\\x00ults"') });
    expect(lines).toEqual([
      'content/trust-package.yaml:2:9  warning  Removed the invisible control character U+0000 from "company.name": it renders unpredictably in a PDF; delete it from the file (expected printable text, found U+0000 at character 4)  content/control-character',
    ]);
    expect(model?.content.config.company.name).toBe('Tesults');
  });
});
