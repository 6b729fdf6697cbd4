import { AlignmentType, LevelFormat, LevelSuffix, type INumberingOptions, type ILevelsOptions } from 'docx';

/** How far each list level is indented, and the room its number hangs in, in twips. */
const STEP = 360;

/**
 * Word numbering for the lists of one document. Every list is its own numbering instance of one of a few
 * abstract definitions (bullets, or decimal with a given start), so each list restarts at its own first
 * number, and a lawyer who inserts an item gets the rest renumbered by Word. Instances count from 1 per
 * document, never from a module-global counter, so one document's ids do not depend on what was rendered before.
 */
export class ListNumbering {
  private instance = 0;
  private readonly starts = new Set<number>();
  private clauses = false;

  /** The numbering of the document's clauses: one instance, so 1.1 follows 1. and 2.1 follows 2. */
  clause(): { reference: string; instance: number } {
    this.clauses = true;
    return { reference: 'clauses', instance: 0 };
  }

  /** The numbering of a new list: its reference and a fresh instance. */
  next(ordered: boolean, start: number): { reference: string; instance: number } {
    this.instance += 1;
    if (!ordered) return { reference: 'bullets', instance: this.instance };
    this.starts.add(start);
    return { reference: `ordered-${start}`, instance: this.instance };
  }

  /** The definitions every list so far refers to, in a stable order. */
  options(): INumberingOptions {
    const ordered = [...this.starts].sort((a, b) => a - b).map((start) => ({ reference: `ordered-${start}`, levels: orderedLevels(start) }));
    const clauses = this.clauses ? [{ reference: 'clauses', levels: clauseLevels() }] : [];
    return { config: [{ reference: 'bullets', levels: bulletLevels() }, ...ordered, ...clauses] };
  }
}

/** The left indent of text at a list depth (0 for the outermost list). */
export function listIndent(depth: number): number {
  return STEP * (depth + 1);
}

const indent = (level: number) => ({ paragraph: { indent: { left: listIndent(level), hanging: STEP } } });

function bulletLevels(): ILevelsOptions[] {
  const marks = ['•', '◦', '▪'];
  return Array.from({ length: 9 }, (_, level) => ({
    level,
    format: LevelFormat.BULLET,
    text: marks[level % marks.length],
    alignment: AlignmentType.LEFT,
    style: indent(level),
  }));
}

/** 1. then a) then i. and round again. Each list is its own instance, so every level starts where its Markdown list does. */
function orderedLevels(start: number): ILevelsOptions[] {
  const formats = [
    { format: LevelFormat.DECIMAL, text: (l: number) => `%${l + 1}.` },
    { format: LevelFormat.LOWER_LETTER, text: (l: number) => `%${l + 1})` },
    { format: LevelFormat.LOWER_ROMAN, text: (l: number) => `%${l + 1}.` },
  ];
  return Array.from({ length: 9 }, (_, level) => ({
    level,
    format: formats[level % 3].format,
    text: formats[level % 3].text(level),
    start,
    alignment: AlignmentType.LEFT,
    style: indent(level),
  }));
}

/** "1." on clause headings and "1.1" on clauses, followed by a space and flush left, as the Markdown types them. */
function clauseLevels(): ILevelsOptions[] {
  const flush = { paragraph: { indent: { left: 0, hanging: 0 } } };
  return [
    { level: 0, format: LevelFormat.DECIMAL, text: '%1.', start: 1, suffix: LevelSuffix.SPACE, alignment: AlignmentType.LEFT, style: flush },
    { level: 1, format: LevelFormat.DECIMAL, text: '%1.%2', start: 1, suffix: LevelSuffix.SPACE, alignment: AlignmentType.LEFT, style: flush },
  ];
}
