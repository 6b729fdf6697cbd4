import { describe, expect, test } from 'vitest';
import { Positions } from '../../src/load/positions';
import { load } from './fixtures';

describe('data tables', () => {
  test('a CSV table is named by its path under content/ and keeps its header as columns', () => {
    const { lines, content } = load({ 'content/tables/retention.csv': 'Plan,Retention\nFree,30 days\n"Pro, annual",1 year\n' });
    expect(lines).toEqual([]);
    expect(content?.tables).toEqual([
      {
        src: 'tables/retention.csv',
        file: 'content/tables/retention.csv',
        columns: ['Plan', 'Retention'],
        rows: [
          ['Free', '30 days'],
          ['Pro, annual', '1 year'],
        ],
        at: { file: 'content/tables/retention.csv', line: 1, column: 1 },
        positions: expect.any(Positions),
      },
    ]);
    expect(content?.tables[0].positions.of('rows[1][0]')).toEqual({ file: 'content/tables/retention.csv', line: 3, column: 1 });
  });

  test('a YAML table is columns and rows, every cell read as text', () => {
    const { lines, content } = load({ 'content/tables/plans.yaml': 'columns: [Plan, Users]\nrows:\n  - [Free, 1]\n  - [Team, 010]\n' });
    expect(lines).toEqual([]);
    expect(content?.tables).toEqual([
      {
        src: 'tables/plans.yaml',
        file: 'content/tables/plans.yaml',
        columns: ['Plan', 'Users'],
        rows: [
          ['Free', '1'],
          ['Team', '010'],
        ],
        at: { file: 'content/tables/plans.yaml', line: 1, column: 10 },
        positions: expect.any(Positions),
      },
    ]);
  });

  test('tables load in file-name order', () => {
    const { content } = load({ 'content/tables/b.csv': 'x\n1\n', 'content/tables/a.yaml': 'columns: [x]\nrows: []\n', 'content/tables/C.csv': 'x\n' });
    expect(content?.tables.map((t) => t.src)).toEqual(['tables/C.csv', 'tables/a.yaml', 'tables/b.csv']);
  });

  test('a YAML row of the wrong length is an error naming the row and the counts', () => {
    const { lines, content } = load({ 'content/tables/plans.yaml': 'columns: [Plan, Users]\nrows:\n  - [Free, 1]\n  - [Team]\n' });
    expect(content?.tables[0].rows).toEqual([['Free', '1']]);
    expect(lines).toEqual([
      'content/tables/plans.yaml:4:5  error  row 2 has 1 cell, but there are 2 columns; add or remove cells (expected 2 cells, found 1)  tables/row-length',
    ]);
  });

  test('a CSV row of the wrong length is an error naming the row and the counts', () => {
    const { lines } = load({ 'content/tables/retention.csv': 'Plan,Retention\nFree,30,days\n' });
    expect(lines).toEqual([
      'content/tables/retention.csv:2:1  error  row 1 has 3 fields, but the header has 2 columns; add or remove fields, or quote a value that contains a comma (expected 2 fields, found 3)  csv/row-length',
    ]);
  });

  test('a YAML table without columns is an error at its start, and a misspelt key is named', () => {
    const { lines, content } = load({ 'content/tables/plans.yaml': 'colums: [Plan]\nrows: []\n' });
    expect(content?.tables).toEqual([]);
    expect(lines).toEqual([
      'content/tables/plans.yaml:1:1  error  "columns" is required (expected the column headings, in order, found nothing)  tables/required-field',
      'content/tables/plans.yaml:1:1  error  unknown key "colums"; did you mean "columns"? (expected one of columns, rows)  tables/unknown-key',
    ]);
  });

  test('an empty column list is an error', () => {
    const { lines } = load({ 'content/tables/plans.yaml': 'columns: []\n' });
    expect(lines).toEqual([
      'content/tables/plans.yaml:1:10  error  "columns" must name at least one column (expected a list of column headings, found an empty list)  tables/required-field',
    ]);
  });

  test('a nested list in a cell is a type error at the cell', () => {
    const { lines } = load({ 'content/tables/plans.yaml': 'columns: [Plan]\nrows:\n  - [[Free]]\n' });
    expect(lines).toEqual(['content/tables/plans.yaml:3:6  error  "rows[0][0]" must be text (expected text, found a list)  tables/type']);
  });

  test('a list where the table mapping belongs is a type error', () => {
    const { lines } = load({ 'content/tables/plans.yaml': '- [Plan]\n- [Free]\n' });
    expect(lines).toEqual(['content/tables/plans.yaml:1:1  error  the file must hold a mapping (expected a table: columns and rows, found a list)  tables/type']);
  });

  test('a file in tables/ that is neither CSV nor YAML is a warning', () => {
    const { lines } = load({ 'content/tables/notes.txt': 'x' });
    expect(lines).toEqual([
      'content/tables/notes.txt:1:1  warning  unexpected file "content/tables/notes.txt"; the build ignores it; rename or move it (expected CSV or YAML files (.csv, .yaml))  content/unknown-file',
    ]);
  });
});
