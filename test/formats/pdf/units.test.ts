import { describe, expect, it } from 'vitest';
import { documentBlocks, documentNames, flowBlocks } from '../../../src/documents';
import { editionZipName, noticeFileName, packageZipName } from '../../../src/package';
import { longDate } from '../../../src/text/dates';
import { FrameworkCatalogue } from '../../../src/model/frameworks';
import { breakLongTokens } from '../../../src/formats/pdf/inline';
import { keepsWithNext } from '../../../src/formats/pdf/keep';
import { columnWidths } from '../../../src/formats/pdf/table';
import { renderInput, section } from './helpers';

describe('breakLongTokens', () => {
  it('leaves ordinary words alone', () => {
    expect(breakLongTokens('an ordinary sentence of words')).toBe('an ordinary sentence of words');
  });

  it('inserts a zero-width space and a word joiner every 20 characters of a long token and keeps every character', () => {
    const hash = '0123456789abcdef'.repeat(3);
    const broken = breakLongTokens(`sha ${hash} end`);
    expect(broken).toBe(`sha ${hash.slice(0, 20)}\u200B\u2060${hash.slice(20, 40)}\u200B\u2060${hash.slice(40)} end`);
    expect(broken.replace(/[\u200B\u2060]/g, '')).toBe(`sha ${hash} end`);
  });

  it('leaves a long plain word whole for the hyphenating line breaker', () => {
    expect(breakLongTokens('Auftragsverarbeitungsvertrag')).toBe('Auftragsverarbeitungsvertrag');
  });
});

describe('columnWidths', () => {
  it('gives wider columns to longer text and always sums to 100%', () => {
    const widths = columnWidths([['Plan', 'Description'], ['Free', 'A much longer description of what the free plan includes']], 2);
    const numbers = widths.map((w) => Number(w.replace('%', '')));
    expect(numbers[1]).toBeGreaterThan(numbers[0]);
    expect(numbers.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 5);
  });

  it('sizes a column of short codes from its longest word', () => {
    const widths = columnWidths([['Id', 'Text'], ['CC6.1-CC6.3', 'x'.repeat(10)]], 2).map((w) => Number(w.replace('%', '')));
    expect(widths[0]).toBeGreaterThan(30);
  });
});

describe('keepsWithNext', () => {
  const blocks = flowBlocks(documentBlocks(section('# Heading\n\nIntro:\n\n- item\n\nLast words.\n\nBefore a table.\n\n| a |\n|---|\n| 1 |\n').blocks, renderInput().data));

  it('keeps a heading with what follows it', () => {
    expect(keepsWithNext(blocks[0])).toBe(true);
  });

  it('keeps a paragraph ending in a colon with the list it announces', () => {
    expect(keepsWithNext(blocks[1])).toBe(true);
  });

  it('keeps the paragraph that introduces a table with the table', () => {
    expect(keepsWithNext(blocks[4])).toBe(true);
  });

  it('lets an ordinary paragraph break freely', () => {
    expect(keepsWithNext(blocks[3])).toBe(false);
  });
});

describe('names', () => {
  it('writes review dates in an unambiguous long form', () => {
    expect(longDate('2026-06-26')).toBe('26 June 2026');
    expect(longDate('2027-01-05')).toBe('5 January 2027');
  });

  it('names the package files after the company, per the content contract', () => {
    expect(documentNames('Tesults', '2026-06-26')).toEqual({
      whitepaper: 'Tesults-Security-Overview-2026-06-26',
      nda: 'Tesults-Mutual-NDA',
      dpa: 'Tesults-DPA',
    });
    expect(documentNames('Acme & Co. GmbH', '2026-06-26').nda).toBe('Acme-Co-GmbH-Mutual-NDA');
  });

  it('spells a name the same way in every file it names, letters transliterated', () => {
    expect(documentNames('Société Générale', '2026-06-26').dpa).toBe('Societe-Generale-DPA');
    expect(packageZipName('Société Générale', '2026-06-26')).toBe('societe-generale-trust-package-2026-06-26.zip');
    expect(editionZipName('Société Générale', '2026-06-26', 'Müller Bank AG')).toBe('societe-generale-trust-package-2026-06-26-muller-bank-ag.zip');
    expect(noticeFileName('Société Générale', '2026-06-26', 'Müller Bank AG')).toBe('societe-generale-subprocessor-change-notice-2026-06-26-muller-bank-ag.pdf');
    expect(documentNames('北京', '2026-06-26').nda).toBe('Company-Mutual-NDA');
  });

  it('shows framework ids by their usual names, and an id the catalogue lacks as written', () => {
    const catalogue = new FrameworkCatalogue();
    expect(catalogue.name('soc2')).toBe('SOC 2');
    expect(catalogue.name('iso27001')).toBe('ISO/IEC 27001');
    expect(catalogue.name('internal-policy')).toBe('internal-policy');
  });
});
