import type { Content, ContentTable, TableCell } from 'pdfmake/interfaces';
import type { Theme } from './theme';

/** A cell's content and the plain text used to size its column. */
export interface Cell {
  content: Content;
  text: string;
}

/**
 * A branded table: a header row in the brand colour that repeats on every page, light zebra rows,
 * and columns sized from their content so that the table always fits the width it is given.
 */
export function brandTable(theme: Theme, header: readonly Cell[], rows: readonly (readonly Cell[])[]): ContentTable {
  const widths = columnWidths([header.map((c) => c.text), ...rows.map((r) => r.map((c) => c.text))], header.length);
  const body: TableCell[][] = [
    header.map((cell) => ({ stack: [cell.content], style: 'tableHeader', fillColor: theme.primary })),
    ...rows.map((row, i) =>
      row.map((cell) => ({ stack: [cell.content], style: 'tableCell', fillColor: i % 2 === 1 ? theme.shade : undefined })),
    ),
  ];
  return {
    table: { headerRows: 1, keepWithHeaderRows: 1, widths, body },
    layout: {
      hLineWidth: (i, node) => (i === 0 || i === node.table.body.length ? 0.8 : 0.4),
      vLineWidth: () => 0,
      hLineColor: () => theme.rule,
      paddingLeft: () => 5,
      paddingRight: () => 5,
      paddingTop: () => 4,
      paddingBottom: () => 4,
    },
    margin: [0, 2, 0, 10],
  };
}

/**
 * Column widths as percentages: wider for columns with more text, never narrower than their longest
 * word needs (up to a point; long tokens are broken elsewhere), and always summing to 100%.
 */
export function columnWidths(textRows: readonly (readonly string[])[], columns: number): string[] {
  const weights: number[] = [];
  for (let c = 0; c < columns; c++) {
    let total = 0;
    let longestWord = 0;
    for (const row of textRows) {
      const text = row[c] ?? '';
      total += text.length;
      for (const word of text.split(/\s+/)) longestWord = Math.max(longestWord, Math.min(word.length, 18));
    }
    const average = total / Math.max(textRows.length, 1);
    weights.push(Math.max(Math.sqrt(average) * 3, longestWord * 0.9, 4));
  }
  const sum = weights.reduce((a, b) => a + b, 0);
  const percents = weights.map((w) => Math.floor((w / sum) * 1000) / 10);
  // Rounding down leaves a little slack; give it to the widest column so the total stays at 100%.
  const widest = percents.indexOf(Math.max(...percents));
  percents[widest] = Math.round((percents[widest] + 100 - percents.reduce((a, b) => a + b, 0)) * 10) / 10;
  return percents.map((p) => `${p}%`);
}
