import { describe, expect, test } from 'vitest';
import { decodeEntities } from '../../../src/model/markdown';
import { slug } from '../../../src/text/anchor';
import { parse } from './helpers';

describe('decodeEntities', () => {
  test('decodes common named references', () => {
    expect(decodeEntities('&copy; &amp; &lt;&gt; &quot;x&quot; &mdash; &hellip; &eacute;')).toBe('© & <> "x" — … é');
  });

  test('decodes decimal and hexadecimal references, astral planes included', () => {
    expect(decodeEntities('&#8212; &#x2014; &#X1F512;')).toBe('— — 🔒');
  });

  test('leaves unknown names and malformed references as written', () => {
    expect(decodeEntities('&bogus; &amp &#; AT&T')).toBe('&bogus; &amp &#; AT&T');
  });

  test('turns NUL, surrogates and out-of-range numbers into U+FFFD and drops control characters', () => {
    expect(decodeEntities('&#0;&#xD800;&#x110000;&#7;x')).toBe('\uFFFD\uFFFD\uFFFDx');
  });
});

describe('slug', () => {
  test('lowercases, drops punctuation and turns each space into a hyphen', () => {
    expect(slug('Data in Transit: TLS 1.2+ & HSTS')).toBe('data-in-transit-tls-12--hsts');
  });

  test('keeps letters of any script, digits, hyphens and underscores', () => {
    expect(slug('Überblick über_die Dienste-2')).toBe('überblick-über_die-dienste-2');
  });
});

describe('entities in Markdown', () => {
  test('are decoded in text', () => {
    expect(parse('Fish &amp; chips &copy; 2026').doc.blocks[0]).toMatchObject({ runs: [{ text: 'Fish & chips © 2026' }] });
  });

  test('stay literal in code spans and after a backslash', () => {
    const { doc } = parse('`&amp;` \\&amp;');
    expect(doc.blocks[0]).toMatchObject({ runs: [{ text: '&amp;', code: true }, { text: ' &amp;' }] });
  });

  test('stay literal in fenced code', () => {
    expect(parse('```\n&amp; {{ company.name }}\n```').doc.blocks[0]).toMatchObject({ type: 'code', text: '&amp; {{ company.name }}' });
  });
});

describe('decodeEntities with every HTML5 name', () => {
  test('decodes names beyond the common ones, and drops control characters a reference would make', () => {
    expect(decodeEntities('&hearts; &NotGreaterFullEqual; &Zopf; a&#7;b')).toBe('♥ ≧̸ ℤ ab');
  });
});
