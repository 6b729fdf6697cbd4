import { CONTROL_CHARACTERS, hasControlCharacter } from '../text/control';
import type { Diagnostics, Position } from '../diagnostics';
import type { DataPath } from './locate';
import { fieldLabel } from './positions';

// Tab and newline are layout; the rest of C0, DEL and C1 are invisible in an editor and render
// unpredictably in pdfmake. YAML escapes ("\a") and CSV cells carry them past the Markdown stage.
const CONTROL = CONTROL_CHARACTERS;

/**
 * Removes control characters from every text value of YAML or CSV data, warning once per character
 * at the value that held it; `at` maps a path in `value` to where it was written.
 */
export function removeControlCharacters(value: unknown, at: (path: DataPath) => Position, diagnostics: Diagnostics, path: PropertyKey[] = []): unknown {
  if (typeof value === 'string') {
    if (!hasControlCharacter(value)) return value;
    for (const match of value.matchAll(CONTROL)) {
      const code = `U+${match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
      const field = path.length > 0 ? ` from "${fieldLabel(path)}"` : '';
      diagnostics.warning(at(path), 'content/control-character', `Removed the invisible control character ${code}${field}: it renders unpredictably in a PDF; delete it from the file`, {
        expected: 'printable text',
        actual: `${code} at character ${match.index + 1}`,
      });
    }
    return value.replace(CONTROL, '');
  }
  if (Array.isArray(value)) return value.map((item, i) => removeControlCharacters(item, at, diagnostics, [...path, i]));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, removeControlCharacters(item, at, diagnostics, [...path, key])]));
  }
  return value;
}
