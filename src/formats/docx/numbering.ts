import { AlignmentType, LevelFormat, LevelSuffix, type INumberingOptions, type ILevelsOptions } from 'docx';
import type { ListMarkers } from '../../model/document';

/** How far each list level is indented, and the room its number hangs in, in twips. */
const STEP = 360;
/** The margin a contract's clause numbers hang in, in twips (the PDF's 38 points). */
export const CLAUSE_HANG = 760;

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

  private readonly contract = new Set<ListMarkers>();

  /** The numbering of a contract's list: (1) for the parties, (a) in a clause, each list restarting. */
  contractList(markers: ListMarkers): { reference: string; instance: number } {
    this.instance += 1;
    const top = markers === 'roman' ? 'letters' : markers;
    this.contract.add(top);
    return { reference: `contract-${top}`, instance: this.instance };
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
    const contract = [...this.contract].sort().map((markers) => ({ reference: `contract-${markers}`, levels: contractListLevels(markers) }));
    return { config: [{ reference: 'bullets', levels: bulletLevels() }, ...ordered, ...clauses, ...contract] };
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

/**
 * A contract's clauses: 1 on clause headings, 1.1 and 1.1.1 below, each number hanging in the margin with
 * the text at CLAUSE_HANG, as the PDF sets them. Lower levels restart under each higher one, as the model counts.
 */
function clauseLevels(): ILevelsOptions[] {
  const hang = { paragraph: { indent: { left: CLAUSE_HANG, hanging: CLAUSE_HANG } } };
  return [0, 1, 2].map((level) => ({
    level,
    format: LevelFormat.DECIMAL,
    text: Array.from({ length: level + 1 }, (_, i) => `%${i + 1}`).join('.'),
    start: 1,
    suffix: LevelSuffix.TAB,
    alignment: AlignmentType.LEFT,
    style: hang,
  }));
}

/** A contract's sub-list under the clause text: (a), (b) then (i), (ii) nested; or (1), (2) for the parties. */
function contractListLevels(markers: ListMarkers): ILevelsOptions[] {
  const first = markers === 'numbers' ? LevelFormat.DECIMAL : LevelFormat.LOWER_LETTER;
  const left = markers === 'numbers' ? 0 : CLAUSE_HANG;
  return [first, LevelFormat.LOWER_ROMAN, LevelFormat.LOWER_LETTER].map((format, level) => ({
    level,
    format,
    text: `(%${level + 1})`,
    start: 1,
    suffix: LevelSuffix.TAB,
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left: left + STEP * 1.5 * (level + 1), hanging: STEP * 1.5 } } },
  }));
}
