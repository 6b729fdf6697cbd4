// C0 controls (ESC, CR, BS...), DEL, C1 controls (0x9b is a one-byte CSI to some terminals), and the
// bidirectional overrides and isolates that can reorder what a line appears to say.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * A value from a package, the register or any other file the tool did not write itself, made safe to print:
 * control characters, line breaks and bidi controls are shown as `\x1b`, `\n`, `\u202e`. No such value can then
 * clear the terminal, move the cursor, or start a line that looks like the tool's own "OK". Backslashes are
 * left alone: a literal `\x1b` in a value prints as those four harmless characters.
 */
export function escapeControl(value: string): string {
  return value.replace(UNSAFE, (char) => {
    const code = char.charCodeAt(0);
    if (char === '\n') return '\\n';
    if (char === '\r') return '\\r';
    if (char === '\t') return '\\t';
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
