/** Longest word counted when sizing a column: longer tokens (URLs, hashes) wrap inside the cell anyway. */
const WORD_CAP = 18;

/** What sizing a table column reads of its text: the average characters per row and the longest word. */
export interface ColumnText {
  average: number;
  longestWord: number;
}

/** The text measures of each of `columns` columns of `textRows`, which every output format sizes its tables from. */
export function columnText(textRows: readonly (readonly string[])[], columns: number): ColumnText[] {
  const out: ColumnText[] = [];
  for (let c = 0; c < columns; c++) {
    let total = 0;
    let longestWord = 0;
    for (const row of textRows) {
      const text = row[c] ?? '';
      total += text.length;
      for (const word of text.split(/\s+/)) longestWord = Math.max(longestWord, Math.min(word.length, WORD_CAP));
    }
    out.push({ average: total / Math.max(textRows.length, 1), longestWord });
  }
  return out;
}
