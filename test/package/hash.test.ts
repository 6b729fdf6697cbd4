import { describe, expect, it } from 'vitest';
import { hashInputs } from '../../src/package';
import { UserError } from '../../src/diagnostics';

const file = (path: string, text: string) => ({ path, bytes: Buffer.from(text) });

describe('hashInputs', () => {
  it('does not depend on the order the files are given in', () => {
    const files = [file('content/a.md', 'A'), file('content/b.md', 'B'), file('assets/logo.svg', '<svg/>')];
    expect(hashInputs(files)).toBe(hashInputs([...files].reverse()));
    expect(hashInputs(files)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('changes when a byte, a name or the set of files changes', () => {
    const base = hashInputs([file('a', 'x'), file('b', 'y')]);
    expect(hashInputs([file('a', 'x'), file('b', 'z')])).not.toBe(base);
    expect(hashInputs([file('a', 'x'), file('c', 'y')])).not.toBe(base);
    expect(hashInputs([file('a', 'x')])).not.toBe(base);
  });

  it('cannot be fooled by moving bytes between a name and a content, or between two files', () => {
    expect(hashInputs([file('ab', 'c')])).not.toBe(hashInputs([file('a', 'bc')]));
    expect(hashInputs([file('a', 'xb'), file('b', '')])).not.toBe(hashInputs([file('a', 'x'), file('b', 'b')]));
    expect(hashInputs([file('a', 'x\u0000b')])).not.toBe(hashInputs([file('a', 'x'), file('b', '')]));
  });

  it('refuses the same path twice', () => {
    expect(() => hashInputs([file('a', 'x'), file('a', 'y')])).toThrow(UserError);
  });
});
