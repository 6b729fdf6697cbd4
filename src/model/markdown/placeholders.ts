import type { Scope } from './context';
import type { Frame } from './source';
import { closest, listOf } from '../../text/suggest';

/** A piece of text after placeholder substitution; `literal` pieces are as the author wrote them. */
export interface Segment {
  text: string;
  literal: boolean;
}

/** Replaces each `{{ key }}` in `text` by its value, reporting unknown keys and unclosed braces. */
export function resolvePlaceholders(text: string, frame: Frame, scope: Scope): Segment[] {
  const segments: Segment[] = [];
  let done = 0;
  let open = text.indexOf('{{');
  while (open >= 0) {
    const close = text.indexOf('}}', open + 2);
    const inner = close < 0 ? '' : text.slice(open + 2, close);
    if (close < 0 || inner.includes('{{')) {
      unterminated(frame(open), scope);
      open = text.indexOf('{{', open + 2);
      continue;
    }
    if (open > done) segments.push({ text: text.slice(done, open), literal: true });
    const key = inner.trim();
    const value = scope.ctx.values.get(key);
    if (value !== undefined) {
      segments.push({ text: value, literal: false });
    } else {
      unknown(key, frame(open), scope);
      segments.push({ text: text.slice(open, close + 2), literal: true });
    }
    done = close + 2;
    open = text.indexOf('{{', done);
  }
  if (done < text.length) segments.push({ text: text.slice(done), literal: true });
  return segments;
}

/** The text with placeholders resolved, for places where Markdown formatting does not apply. */
export function resolvePlain(text: string, frame: Frame, scope: Scope): string {
  return resolvePlaceholders(text, frame, scope)
    .map((s) => s.text)
    .join('');
}

function unknown(key: string, offset: number, scope: Scope): void {
  const known = closest(key, scope.ctx.values.keys());
  scope.ctx.diagnostics.error(
    scope.at(offset),
    'markdown/unknown-placeholder',
    key === ''
      ? 'Empty placeholder {{ }}: name the value to insert, or write \\{{ to print the braces'
      : `Unknown placeholder {{ ${key} }}: no value has this key; correct the key, or write \\{{ to print the braces`,
    { expected: `a known key such as ${listOf(known)}`, actual: JSON.stringify(key) },
  );
}

function unterminated(offset: number, scope: Scope): void {
  scope.ctx.diagnostics.warning(
    scope.at(offset),
    'markdown/unterminated-placeholder',
    'Placeholder opened with {{ is never closed, so it is printed as written; close it with }} or write \\{{ to print the braces',
    { expected: '}} on the same line or paragraph', actual: 'no }}' },
  );
}
