import { describe, expect, test } from 'vitest';
import { Positions } from '../../src/load/positions';
import { load } from './fixtures';

const YAML = 'content/subprocessors.yaml';
const CSV = 'content/subprocessors.csv';

const withSubprocessors = (file: string, text: string) => load({ [YAML]: undefined, [file]: text });

const ENTRY = '- name: Stripe, Inc.\n  purpose: Payments\n  data: Billing contacts\n  location: USA\n';

describe('subprocessors.yaml', () => {
  test('certifications and website are optional', () => {
    const { lines, content } = withSubprocessors(YAML, ENTRY);
    expect(lines).toEqual([]);
    expect(content?.subprocessors).toEqual([
      { name: 'Stripe, Inc.', purpose: 'Payments', data: 'Billing contacts', location: 'USA', certifications: [], at: { file: YAML, line: 1, column: 3 }, positions: expect.any(Positions) },
    ]);
  });

  test('a missing required field is reported at the start of its entry', () => {
    const { lines } = withSubprocessors(YAML, '- name: Stripe, Inc.\n  purpose: Payments\n  data: Billing contacts\n');
    expect(lines).toEqual([
      `${YAML}:1:3  error  "location" is required (expected where it processes the data, a country or region, found nothing)  subprocessors/required-field`,
    ]);
  });

  test('a website that is not https is an error at the value', () => {
    const { lines } = withSubprocessors(YAML, `${ENTRY}  website: http://stripe.com\n`);
    expect(lines).toEqual([
      `${YAML}:5:12  error  "website" is not an https URL (expected an https URL, e.g. https://aws.amazon.com, found "http://stripe.com")  subprocessors/url`,
    ]);
  });

  test('an empty website means none', () => {
    const { lines, content } = withSubprocessors(YAML, `${ENTRY}  website:\n`);
    expect(lines).toEqual([]);
    expect(content?.subprocessors[0].website).toBeUndefined();
  });

  test('certifications written as one text instead of a list is a type error', () => {
    const { lines } = withSubprocessors(YAML, `${ENTRY}  certifications: SOC 2 Type II\n`);
    expect(lines).toEqual([
      `${YAML}:5:19  error  "certifications" must be a list (expected a list of certifications and attestations, found "SOC 2 Type II")  subprocessors/type`,
    ]);
  });

  test('the same name twice, in any case, is an error at the later entry', () => {
    const { lines } = withSubprocessors(YAML, `${ENTRY}${ENTRY.replace('Stripe, Inc.', 'stripe, inc.')}`);
    expect(lines).toEqual([
      `${YAML}:5:3  error  "stripe, inc." is listed twice; merge the two entries (expected a unique name, found the name of the subprocessor at line 1)  subprocessors/duplicate-name`,
    ]);
  });

  test('an unknown key is an error at the key', () => {
    const { lines } = withSubprocessors(YAML, `${ENTRY}  country: US\n`);
    expect(lines).toEqual([
      `${YAML}:5:3  error  unknown key "country"; remove it or check the spelling (expected one of name, purpose, data, location, certifications, website, address, contact, processing, transfer, audience)  subprocessors/unknown-key`,
    ]);
  });
});

describe('subprocessors.csv', () => {
  test('certifications are separated by semicolons', () => {
    const text = 'name,purpose,data,location,certifications,website\n"Stripe, Inc.",Payments,Billing,USA,SOC 2 Type II; ISO 27001 ; ,https://stripe.com\n';
    const { lines, content } = withSubprocessors(CSV, text);
    expect(lines).toEqual([]);
    expect(content?.subprocessors).toEqual([
      {
        name: 'Stripe, Inc.',
        purpose: 'Payments',
        data: 'Billing',
        location: 'USA',
        certifications: ['SOC 2 Type II', 'ISO 27001'],
        website: 'https://stripe.com',
        at: { file: CSV, line: 2, column: 1 },
        positions: expect.any(Positions),
      },
    ]);
  });

  test('a bad website is reported at its cell', () => {
    const { lines } = withSubprocessors(CSV, 'name,purpose,data,location,website\nStripe,Payments,Billing,USA,stripe.com\n');
    expect(lines).toEqual([
      `${CSV}:2:29  error  "website" is not an https URL (expected an https URL, e.g. https://aws.amazon.com, found "stripe.com")  subprocessors/url`,
    ]);
  });

  test('a duplicate column is an error at the second one', () => {
    const { lines } = withSubprocessors(CSV, 'name,purpose,data,location,name\nA,P,D,L,B\n');
    expect(lines).toEqual([`${CSV}:1:28  error  column "name" appears twice in the header; rename or remove one (found also at column 1)  csv/duplicate-column`]);
  });
});
