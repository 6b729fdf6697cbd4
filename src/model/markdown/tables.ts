import type { Tokens } from 'marked';
import type { Scope } from './context';
import { inlineItems, textOnly } from './inline';
import type { Block, Run } from '../blocks';
import { locate, sliceFrame, type Frame } from './source';

/** A GFM table; each cell's inline positions are found on its row's line of the raw. */
export function tableBlock(token: Tokens.Table, frame: Frame, scope: Scope): Block {
  const lines = token.raw.split('\n');
  const lineStarts = [0];
  for (const line of lines) lineStarts.push(lineStarts[lineStarts.length - 1] + line.length + 1);
  // Line 0 is the header, line 1 the delimiter row, then one line per body row.
  const row = (cells: readonly Tokens.TableCell[], line: number): Run[][] => {
    const text = lines[line] ?? '';
    let cursor = text.indexOf('|') === 0 ? 1 : 0;
    return cells.map((cell) => {
      // marked unescapes `\|` in cells, so a cell with a pipe is found, and mapped, in its escaped form.
      const written = cell.text.replace(/\|/g, '\\|');
      const start = locate(text, written, cursor);
      cursor = start + written.length;
      const cellStart = sliceFrame(frame, (lineStarts[line] ?? 0) + start);
      const cellFrame: Frame = (offset) => cellStart(offset + (cell.text.slice(0, offset).match(/\|/g)?.length ?? 0));
      return textOnly(inlineItems(cell.tokens, cell.text, cellFrame, {}, scope), 'table cell', scope);
    });
  };
  return {
    type: 'table',
    align: token.align.map((align) => align ?? null),
    header: row(token.header, 0),
    rows: token.rows.map((cells, index) => row(cells, index + 2)),
    at: scope.at(frame(token.raw.search(/\S|$/))),
  };
}
