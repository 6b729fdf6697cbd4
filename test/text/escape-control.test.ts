import { describe, expect, it } from 'vitest';
import { escapeControl } from '../../src/text';

describe('escapeControl', () => {
  it('shows C0, DEL and C1 controls as \\x escapes and line breaks as \\n, \\r, \\t', () => {
    expect(escapeControl('a\u001b[2Jb\nc\rd\te\u0000f\u007fg\u009bh')).toBe('a\\x1b[2Jb\\nc\\rd\\te\\x00f\\x7fg\\x9bh');
  });

  it('shows bidi overrides and isolates and Unicode line separators as \\u escapes', () => {
    expect(escapeControl('pay\u202eevil\u2066x\u2028y')).toBe('pay\\u202eevil\\u2066x\\u2028y');
  });

  it('leaves printable text, accents, CJK and emoji alone', () => {
    const text = 'Zoë Ltd · 東京 · ✓ 🔒 C:\\path';
    expect(escapeControl(text)).toBe(text);
  });
});
