import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { CONFIG } from '../load/fixtures';
import { check } from './helpers';
import { NORTHWIND } from '../helpers/project';

const PNG = fs.readFileSync(path.join(NORTHWIND, 'assets', 'logo.png'));

/** A configuration with two schema errors, a logo that does not exist and a variable. */
const BROKEN_CONFIG = `${CONFIG.replace('  website: https://www.tesults.com\n', '').replace('  accentColor: "#208479"\n', '  accentColor: "#208479"\n  logo: assets/logo.png\n  colour: blue\n')}variables:
  dpoEmail: dpo@tesults.com
`;

const SECTION = `# Overview

Write to {{vars.dpoEmail}} or {{compnay.name}}, at {{company.website}}.

::subprocessor

::field{label="Address" key="company.adress"}
`;

const FIXED_SECTION = SECTION.replace('{{compnay.name}}', '{{company.name}}').replace('::subprocessor\n', '::subprocessors\n').replace('company.adress', 'company.address');

/** Every problem at once: config errors, a missing logo, Markdown errors, and both control files with an error each. */
const BROKEN = {
  'content/trust-package.yaml': BROKEN_CONFIG,
  'content/sections/01-overview.md': SECTION,
  'content/controls.csv': 'id,area,control,frameworks\nmfa,Access,MFA.,soc2 CC6.1\n',
  'content/controls.yaml': '- id: data-in-transit\n  area: Data in transit\n  control: TLS.\n  frameworks: { soc2: [CC6.7], iso2700l: [A.8.24] }\n',
};

const CONFLICT =
  'content/controls.csv:1:1  error  both controls.yaml and controls.csv exist; keep one of them (controls.yaml is used meanwhile) (expected either content/controls.yaml or content/controls.csv, found both)  content/conflict';
const CSV_CELL =
  'content/controls.csv:2:17  error  the frameworks cell cannot be read: "soc2 CC6.1" does not name a framework; write frameworks as "name: ref, ref; name: ref" (expected e.g. "soc2: CC6.1, CC6.7; iso27001: A.8.24", found "soc2 CC6.1")  controls/frameworks-format';
const FRAMEWORK =
  'content/controls.yaml:4:42  error  framework "iso2700l" of control "data-in-transit" is not in the catalogue; did you mean "ISO/IEC 27001"? Or declare it under frameworks: in trust-package.yaml (expected a framework such as SOC 2, ISO/IEC 27001, BSI C5 or one declared in trust-package.yaml (see docs/content.md), found "iso2700l")  controls/unknown-framework';
const MARKDOWN = [
  'content/sections/01-overview.md:3:31  error  Unknown placeholder {{ compnay.name }}: no value has this key; correct the key, or write \\{{ to print the braces (expected a known key such as company.name, company.legalName or company.website, found "compnay.name")  markdown/unknown-placeholder',
  'content/sections/01-overview.md:5:1  error  Unknown directive ::subprocessor; use one of the directives listed, or write \\:: to print the line as text (expected ::controls, ::subprocessors, ::table, ::field, ::signatures or ::processing, found ::subprocessor)  markdown/unknown-directive',
  'content/sections/01-overview.md:7:30  error  ::field key "company.adress" names no known value; use a known key, or a counterparty.* key for a value the other party fills in (expected a known key such as company.address, company.name or company.website, found "company.adress")  markdown/unknown-placeholder',
];
const CONFIG_ERRORS = [
  'content/trust-package.yaml:2:3  error  "company.website" is required (expected the company website, an https or http URL, found nothing)  config/required-field',
  'content/trust-package.yaml:12:9  error  "brand.logo" names a file that does not exist; add the file or fix the path (expected an existing file, relative to the project root, found "assets/logo.png")  config/missing-file',
  'content/trust-package.yaml:13:3  error  unknown key "brand.colour"; remove it or check the spelling (expected one of logo, primaryColor, accentColor, fonts)  config/unknown-key',
];

describe('every problem in one run', () => {
  test('config errors hide neither the logo, the Markdown, the placeholders nor the second controls file', () => {
    expect(check(BROKEN).lines).toEqual([CONFLICT, CSV_CELL, FRAMEWORK, ...MARKDOWN, ...CONFIG_ERRORS]);
  });

  test('once the config is fixed, the next run finds nothing that the first did not', () => {
    const fixedConfig = BROKEN_CONFIG.replace('  legalName: Tesults Ltd\n', '  legalName: Tesults Ltd\n  website: https://www.tesults.com\n').replace('  colour: blue\n', '');
    expect(check({ ...BROKEN, 'content/trust-package.yaml': fixedConfig, 'assets/logo.png': PNG }).lines).toEqual([CONFLICT, CSV_CELL, FRAMEWORK, ...MARKDOWN]);
  });

  test('with everything fixed, nothing is left', () => {
    const fixedConfig = BROKEN_CONFIG.replace('  legalName: Tesults Ltd\n', '  legalName: Tesults Ltd\n  website: https://www.tesults.com\n').replace('  colour: blue\n', '');
    const fixed = { ...BROKEN, 'content/trust-package.yaml': fixedConfig, 'assets/logo.png': PNG, 'content/sections/01-overview.md': FIXED_SECTION, 'content/controls.csv': undefined };
    expect(check({ ...fixed, 'content/controls.yaml': BROKEN['content/controls.yaml'].replace('iso2700l', 'ISO 27001') }).lines).toEqual([]);
  });
});

describe('{{vars.*}} placeholders', () => {
  const config = `${CONFIG}variables:\n  dpoEmail: dpo@tesults.com\n`;

  test('print their value in sections, legal templates and control descriptions', () => {
    const { lines, model } = check({
      'content/trust-package.yaml': config,
      'content/sections/01-overview.md': '# Overview\n\nWrite to {{vars.dpoEmail}}.\n',
      'content/legal/dpa.md': '# DPA\n\nThe DPO is {{ vars.dpoEmail }}.\n',
      'content/controls.yaml': '- id: dpo\n  area: Privacy\n  control: Ask {{vars.dpoEmail}}.\n  frameworks: { gdpr: [Art. 37] }\n',
    });
    expect(lines).toEqual([]);
    expect(model?.sections[0].blocks[1]).toMatchObject({ runs: [{ text: 'Write to dpo@tesults.com.' }] });
    expect(model?.dpa?.blocks[1]).toMatchObject({ runs: [{ text: 'The DPO is dpo@tesults.com.' }] });
    expect(model?.controls[0].runs.map((r) => r.text).join('')).toBe('Ask dpo@tesults.com.');
  });

  test('an unknown variable is an error with the closest key', () => {
    const { lines } = check({ 'content/trust-package.yaml': config, 'content/sections/01-overview.md': '# Overview\n\nWrite to {{vars.dpoMail}}.\n' });
    expect(lines).toEqual([
      'content/sections/01-overview.md:3:10  error  Unknown placeholder {{ vars.dpoMail }}: no value has this key; correct the key, or write \\{{ to print the braces (expected a known key such as vars.dpoEmail, archive.dir or company.name, found "vars.dpoMail")  markdown/unknown-placeholder',
    ]);
  });
});
