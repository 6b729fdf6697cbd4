import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { frameworkKey, FrameworkCatalogue, FRAMEWORKS } from '../../src/model/frameworks';

describe('the framework catalogue', () => {
  const catalogue = new FrameworkCatalogue();

  test('case, spaces and punctuation do not make a different framework', () => {
    for (const written of ['SOC 2', 'soc2', 'SOC2', 'Soc-2', 'SOC 2:', 'soc_2']) expect(catalogue.resolve(written)?.id).toBe('soc2');
    expect(catalogue.resolve('ISO/IEC 27001')?.id).toBe('iso27001');
    expect(catalogue.resolve('NIST SP 800-53')?.id).toBe('nist80053');
    expect(catalogue.resolve('DSGVO')?.id).toBe('gdpr');
    expect(frameworkKey('ISO/IEC 27018')).toBe('isoiec27018');
  });

  test('no two frameworks share a spelling', () => {
    const seen = new Map<string, string>();
    for (const f of FRAMEWORKS) {
      for (const key of new Set([f.id, f.name, ...f.aliases].map(frameworkKey))) {
        expect({ key, other: seen.get(key) }).toEqual({ key, other: undefined });
        seen.set(key, f.id);
      }
    }
  });

  test('a key that names no framework gets the closest name, or none when nothing is close', () => {
    expect(catalogue.resolve('soc3')).toBeUndefined();
    expect(catalogue.suggest('soc3')).toBe('SOC 2');
    expect(catalogue.suggest('NIS 3')).toBe('NIS2');
    expect(catalogue.suggest('our-own-thing')).toBeUndefined();
  });

  test("a team's framework is found by its id, name and aliases", () => {
    const own = new FrameworkCatalogue({ 'internal-policy': { name: 'Internal security policy', aliases: ['ISP'] } });
    expect(['internal-policy', 'Internal Policy', 'internal security policy', 'isp'].map((w) => own.resolve(w)?.id)).toEqual(Array(4).fill('internal-policy'));
    expect(own.name('internal-policy')).toBe('Internal security policy');
  });

  test('docs/content.md lists every framework of the catalogue', () => {
    const docs = fs.readFileSync(path.join(__dirname, '../../docs/content.md'), 'utf8');
    expect(FRAMEWORKS.filter((f) => !docs.includes(`| \`${f.id}\` | ${f.name} |`)).map((f) => f.id)).toEqual([]);
  });
});
