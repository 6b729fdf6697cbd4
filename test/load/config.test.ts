import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadConfig } from '../../src/load';
import { Diagnostics } from '../../src/diagnostics';
import { testdir } from '../helpers/testdir';
import { CONFIG, lines } from './fixtures';

const FILE = 'content/trust-package.yaml';

/** Loads a trust-package.yaml written as `text`, with any further project files. */
function loadYaml(text: string | Buffer, files: Record<string, string | Buffer> = {}) {
  const root = testdir({ [FILE]: text, ...files });
  const diagnostics = new Diagnostics();
  const config = loadConfig(path.join(root, 'content'), diagnostics)?.config;
  return { config, lines: lines(diagnostics) };
}

const FULL = `${CONFIG}  logo: assets/logo.svg
  fonts:
    normal: assets/fonts/Brand-Regular.ttf
    bold: assets/fonts/Brand-Bold.ttf
    italics: assets/fonts/Brand-Italic.ttf
    bolditalics: assets/fonts/Brand-BoldItalic.otf
`;

const ASSETS = {
  'assets/logo.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
  'assets/fonts/Brand-Regular.ttf': 'font',
  'assets/fonts/Brand-Bold.ttf': 'font',
  'assets/fonts/Brand-Italic.ttf': 'font',
  'assets/fonts/Brand-BoldItalic.otf': 'font',
};

describe('a valid configuration', () => {
  test('the example of content.md loads with every default applied', () => {
    const { config, lines } = loadYaml(CONFIG);
    expect(lines).toEqual([]);
    expect(config).toEqual({
      company: { name: 'Tesults', legalName: 'Tesults Ltd', website: 'https://www.tesults.com', securityContact: 'help@tesults.com' },
      document: { title: 'Security and Compliance Overview', reviewDate: '2026-06-26', classification: 'Confidential', language: 'en', maxAgeMonths: 12, formats: ['pdf', 'docx'], numbering: false },
      brand: { primaryColor: '#1F3A5F', accentColor: '#208479' },
      legal: { subprocessorNoticeDays: 30, templateNotice: true },
      archive: { dir: 'out/archive' },
      site: { enabled: true, defaultAudience: 'public' },
      variables: {},
      frameworks: {},
      strings: {},
      rules: {},
    });
  });

  test('a logo and fonts that exist under the project root are accepted', () => {
    const { config, lines } = loadYaml(FULL, ASSETS);
    expect(lines).toEqual([]);
    expect(config?.brand.logo).toBe('assets/logo.svg');
    expect(config?.brand.fonts?.bolditalics).toBe('assets/fonts/Brand-BoldItalic.otf');
  });

  test('every optional setting is read when given', () => {
    const text = `${CONFIG.replace('  classification: Confidential\n', '  classification: Confidential\n  language: en-GB\n  version: "2.1"\n')}legal:
  subprocessorNoticeDays: 14
  governingLaw: England and Wales
archive:
  dir: /srv/archive
rules:
  content/unknown-file: off
  controls/duplicate-id: warning
`;
    const { config, lines } = loadYaml(text.replace('  securityContact: help@tesults.com\n', '  securityContact: https://www.tesults.com/security\n  address: 1 Main Street, London\n'));
    expect(lines).toEqual([]);
    expect(config?.document).toMatchObject({ language: 'en-GB', version: '2.1' });
    expect(config?.company).toMatchObject({ securityContact: 'https://www.tesults.com/security', address: '1 Main Street, London' });
    expect(config?.legal).toEqual({ subprocessorNoticeDays: 14, governingLaw: 'England and Wales', templateNotice: true });
    expect(config?.archive.dir).toBe('/srv/archive');
    expect(config?.rules).toEqual({ 'content/unknown-file': 'off', 'controls/duplicate-id': 'warning' });
  });

  test('an unquoted review date stays the text it was written as, even under a %YAML 1.1 directive', () => {
    const { config } = loadYaml(`%YAML 1.1\n---\n${CONFIG}`);
    expect(config?.document.reviewDate).toBe('2026-06-26');
  });

  test('a settings section left blank takes its defaults', () => {
    const { config, lines } = loadYaml(`${CONFIG}legal:\narchive:\n`);
    expect(lines).toEqual([]);
    expect(config?.legal.subprocessorNoticeDays).toBe(30);
  });
});

describe('schema errors', () => {
  test('a missing required field is reported at the start of the mapping that lacks it', () => {
    const { config, lines } = loadYaml(CONFIG.replace('  legalName: Tesults Ltd\n', ''));
    expect(config).toBeUndefined();
    expect(lines).toEqual([
      `${FILE}:2:3  error  "company.legalName" is required (expected the party name in the NDA and DPA, e.g. "Tesults Ltd", found nothing)  config/required-field`,
    ]);
  });

  test('a missing section is reported at the start of the file', () => {
    const { lines } = loadYaml(CONFIG.replace(/^brand:[\s\S]*$/m, ''));
    expect(lines).toEqual([`${FILE}:1:1  error  "brand" is required (expected logo, colours and fonts, found nothing)  config/required-field`]);
  });

  test('a key with no value is reported as missing, at the key', () => {
    const { lines } = loadYaml(CONFIG.replace('  title: Security and Compliance Overview', '  title:'));
    expect(lines).toEqual([
      `${FILE}:7:3  error  "document.title" is required (expected the whitepaper title, e.g. "Security and Compliance Overview", found nothing)  config/required-field`,
    ]);
  });

  test('an unknown key is reported at the key with the closest known key', () => {
    const { lines } = loadYaml(CONFIG.replace('  accentColor:', '  accentColour:'));
    expect(lines).toEqual([
      `${FILE}:11:3  error  "brand.accentColor" is required (expected the accent colour, "#RGB" or "#RRGGBB" in quotes (unquoted, # starts a YAML comment), found nothing)  config/required-field`,
      `${FILE}:12:3  error  unknown key "brand.accentColour"; did you mean "accentColor"? (expected one of logo, primaryColor, accentColor, fonts)  config/unknown-key`,
    ]);
  });

  test('an unknown key unlike any known one asks to remove it', () => {
    const { lines } = loadYaml(`${CONFIG}theme: dark\n`);
    expect(lines).toEqual([
      `${FILE}:13:1  error  unknown key "theme"; remove it or check the spelling (expected one of company, document, brand, legal, processing, archive, signing, site, variables, frameworks, strings, rules)  config/unknown-key`,
    ]);
  });

  test('a date that does not exist is an error at the value', () => {
    const { lines } = loadYaml(CONFIG.replace('2026-06-26', '2026-02-30'));
    expect(lines).toEqual([
      `${FILE}:8:15  error  "document.reviewDate" is not a real calendar date (expected a date written YYYY-MM-DD, e.g. 2026-06-26, found "2026-02-30")  config/date`,
    ]);
  });

  test('a date in another format is an error', () => {
    const { lines } = loadYaml(CONFIG.replace('2026-06-26', '26/06/2026'));
    expect(lines).toEqual([
      `${FILE}:8:15  error  "document.reviewDate" is not a real calendar date (expected a date written YYYY-MM-DD, e.g. 2026-06-26, found "26/06/2026")  config/date`,
    ]);
  });

  test('a colour that is not #RGB or #RRGGBB is an error', () => {
    const { lines } = loadYaml(CONFIG.replace('"#208479"', 'teal'));
    expect(lines).toEqual([`${FILE}:12:16  error  "brand.accentColor" is not a colour (expected "#RGB" or "#RRGGBB", in quotes, found "teal")  config/color`]);
  });

  test('a three-digit colour is accepted', () => {
    const { lines } = loadYaml(CONFIG.replace('"#208479"', '"#2B3"'));
    expect(lines).toEqual([]);
  });

  test('an unquoted colour, which YAML reads as a comment, is reported as missing with the reason', () => {
    const { lines } = loadYaml(CONFIG.replace('"#1F3A5F"', '#1F3A5F'));
    expect(lines).toEqual([
      `${FILE}:11:3  error  "brand.primaryColor" is required (expected the main brand colour, "#RGB" or "#RRGGBB" in quotes (unquoted, # starts a YAML comment), found nothing)  config/required-field`,
    ]);
  });

  test('a website that is not an http or https URL is an error', () => {
    const { lines } = loadYaml(CONFIG.replace('https://www.tesults.com', 'www.tesults.com'));
    expect(lines).toEqual([
      `${FILE}:4:12  error  "company.website" is not a web address (expected an https or http URL, e.g. https://www.example.com, found "www.tesults.com")  config/url`,
    ]);
  });

  test('a security contact that is neither an email address nor a URL is an error', () => {
    const { lines } = loadYaml(CONFIG.replace('help@tesults.com', 'the security team'));
    expect(lines).toEqual([
      `${FILE}:5:20  error  "company.securityContact" is neither an email address nor a web address (expected an email address such as security@example.com, or an https URL, found "the security team")  config/email`,
    ]);
  });

  test('a rule setting other than off, warning or error is an error', () => {
    const { lines } = loadYaml(`${CONFIG}rules:\n  content/empty: loud\n`);
    expect(lines).toEqual([
      `${FILE}:14:18  error  "rules.content/empty" has an unsupported value (expected one of "off", "warning", "error", found "loud")  config/invalid-value`,
    ]);
  });

  test('a notice period that is not a positive whole number is an error', () => {
    const { lines } = loadYaml(`${CONFIG}legal:\n  subprocessorNoticeDays: 1.5\n`);
    expect(lines).toEqual([
      `${FILE}:14:27  error  "legal.subprocessorNoticeDays" must be a positive whole number (expected a whole number of days above 0, e.g. 30, found number 1.5)  config/number`,
    ]);
  });

  test('a notice period of zero days is an error', () => {
    const { lines } = loadYaml(`${CONFIG}legal:\n  subprocessorNoticeDays: 0\n`);
    expect(lines).toEqual([
      `${FILE}:14:27  error  "legal.subprocessorNoticeDays" must be a positive whole number (expected a whole number of days above 0, e.g. 30, found number 0)  config/number`,
    ]);
  });

  test('a quoted number where a number is expected is a type error', () => {
    const { lines } = loadYaml(`${CONFIG}legal:\n  subprocessorNoticeDays: "30"\n`);
    expect(lines).toEqual([
      `${FILE}:14:27  error  "legal.subprocessorNoticeDays" must be a number (expected days of advance notice before a new sub-processor is engaged (DPA); default 30, found "30")  config/type`,
    ]);
  });

  test('a language that is not a BCP 47 tag is an error', () => {
    const { lines } = loadYaml(CONFIG.replace('  classification: Confidential\n', '  classification: Confidential\n  language: English (UK)\n'));
    expect(lines).toEqual([
      `${FILE}:10:13  error  "document.language" is not a language tag (expected a BCP 47 tag such as en or en-GB, found "English (UK)")  config/language`,
    ]);
  });

  test('a list where a mapping is expected is a type error at the value', () => {
    const { lines } = loadYaml(CONFIG.replace(/^company:[\s\S]*?(?=document:)/m, 'company:\n  - Tesults\n'));
    expect(lines).toEqual([`${FILE}:2:3  error  "company" must be a mapping (expected who publishes the trust package, found a list)  config/type`]);
  });

  test('a file that holds a list is a type error at its start', () => {
    const { lines } = loadYaml('- company\n');
    expect(lines).toEqual([`${FILE}:1:1  error  the file must hold a mapping (expected content/trust-package.yaml, found a list)  config/type`]);
  });

  test('every problem in the file is reported in one run', () => {
    const text = CONFIG.replace('2026-06-26', '2026-13-01').replace('"#1F3A5F"', '"blue"').replace('  name: Tesults\n', '  nme: Tesults\n');
    const { lines } = loadYaml(text);
    expect(lines).toEqual([
      `${FILE}:2:3  error  "company.name" is required (expected the display name, used in titles and file names, found nothing)  config/required-field`,
      `${FILE}:2:3  error  unknown key "company.nme"; did you mean "name"? (expected one of name, legalName, website, securityContact, address, certifications)  config/unknown-key`,
      `${FILE}:8:15  error  "document.reviewDate" is not a real calendar date (expected a date written YYYY-MM-DD, e.g. 2026-06-26, found "2026-13-01")  config/date`,
      `${FILE}:11:17  error  "brand.primaryColor" is not a colour (expected "#RGB" or "#RRGGBB", in quotes, found "blue")  config/color`,
    ]);
  });
});

describe('asset files', () => {
  test('a logo that does not exist is an error at the path', () => {
    const { config, lines } = loadYaml(`${CONFIG}  logo: assets/logo.svg\n`);
    expect(config).toBeDefined();
    expect(lines).toEqual([
      `${FILE}:13:9  error  "brand.logo" names a file that does not exist; add the file or fix the path (expected an existing file, relative to the project root, found "assets/logo.svg")  config/missing-file`,
    ]);
  });

  test('a logo that is not SVG, PNG or JPEG is an error', () => {
    const { lines } = loadYaml(`${CONFIG}  logo: assets/logo.gif\n`, { 'assets/logo.gif': 'GIF89a' });
    expect(lines).toEqual([
      `${FILE}:13:9  error  "brand.logo" has an unsupported file type (expected a .svg, .png, .jpg, .jpeg file, found "assets/logo.gif")  config/file-type`,
    ]);
  });

  test('a logo outside the project root is an error', () => {
    const { lines } = loadYaml(`${CONFIG}  logo: ../elsewhere/logo.svg\n`);
    expect(lines).toEqual([
      `${FILE}:13:9  error  "brand.logo" must be a path inside the project, relative to its root (expected a project-relative path such as assets/logo.svg, found "../elsewhere/logo.svg")  config/path`,
    ]);
  });

  test('a missing font face is an error at that face', () => {
    const assets: Record<string, string> = { ...ASSETS };
    delete assets['assets/fonts/Brand-BoldItalic.otf'];
    const { lines } = loadYaml(FULL, assets);
    expect(lines).toEqual([
      `${FILE}:18:18  error  "brand.fonts.bolditalics" names a file that does not exist; add the file or fix the path (expected an existing file, relative to the project root, found "assets/fonts/Brand-BoldItalic.otf")  config/missing-file`,
    ]);
  });

  test('fonts must give all four faces', () => {
    const { lines } = loadYaml(FULL.replace(/^ {4}bolditalics:.*\n/m, ''), ASSETS);
    expect(lines).toEqual([
      `${FILE}:15:5  error  "brand.fonts.bolditalics" is required (expected the bold italic face, a TTF or OTF file, found nothing)  config/required-field`,
    ]);
  });
});

describe('the file itself', () => {
  test('a missing configuration file is an error and gives no config', () => {
    const root = testdir({ 'content/sections/a.md': '# A\n' });
    const diagnostics = new Diagnostics();
    expect(loadConfig(path.join(root, 'content'), diagnostics)).toBeUndefined();
    expect(lines(diagnostics)).toEqual([`${FILE}:1:1  error  "${FILE}" does not exist; create it  content/missing-file`]);
  });

  test('an empty configuration file is an error that says what belongs in it', () => {
    const { lines } = loadYaml('\n\n');
    expect(lines).toEqual([`${FILE}:1:1  error  the file is empty (expected a mapping of company, document and brand settings, found an empty file)  content/empty`]);
  });

  test('a byte order mark and CRLF line endings are accepted', () => {
    const { config, lines } = loadYaml(`\ufeff${CONFIG.replace(/\n/g, '\r\n')}`);
    expect(lines).toEqual([]);
    expect(config?.company.name).toBe('Tesults');
  });
});

describe('variables, frameworks and strings', () => {
  test('variables, team frameworks and string overrides are read', () => {
    const text = `${CONFIG}variables:\n  dpoEmail: dpo@tesults.com\n  vat-id: GB123\nframeworks:\n  internal-policy:\n    name: Internal security policy\nstrings:\n  contents: Table of contents\n`;
    const { config, lines } = loadYaml(text);
    expect(lines).toEqual([]);
    expect(config?.variables).toEqual({ dpoEmail: 'dpo@tesults.com', 'vat-id': 'GB123' });
    expect(config?.frameworks).toEqual({ 'internal-policy': { name: 'Internal security policy' } });
    expect(config?.strings).toEqual({ contents: 'Table of contents' });
  });

  test('a variable name that {{vars.<name>}} cannot write is an error at the name', () => {
    const { lines } = loadYaml(`${CONFIG}variables:\n  2fa: required\n  dpo email: x\n`);
    expect(lines).toEqual([
      `${FILE}:14:3  error  variable name "2fa" cannot be used as {{vars.2fa}}; rename it (expected a letter, then letters, digits, _ or -, e.g. dpoEmail, found "2fa")  config/variable-name`,
      `${FILE}:15:3  error  variable name "dpo email" cannot be used as {{vars.dpo email}}; rename it (expected a letter, then letters, digits, _ or -, e.g. dpoEmail, found "dpo email")  config/variable-name`,
    ]);
  });

  test('an unknown string key is an error with the closest key', () => {
    const { lines } = loadYaml(`${CONFIG}strings:\n  content: Inhalt\n`);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^content\/trust-package\.yaml:14:3 {2}error {2}unknown key "strings\.content"; did you mean "contents"\? \(expected one of months, longDate, contents, .*\) {2}config\/unknown-key$/);
  });

  test('a language without built-in words is a warning, unless strings: translates every word', () => {
    const { lines } = loadYaml(CONFIG.replace('  classification: Confidential\n', '  classification: Confidential\n  language: fr\n'));
    expect(lines).toEqual([
      `${FILE}:10:13  warning  the tool has no built-in words for "fr", so its own words (Contents, Page X of Y, table headers ...) print in English; translate them under strings: (expected one of en, de, or strings: for each key of src/text/strings/en.ts, found "fr")  config/language-strings`,
    ]);
  });
});
