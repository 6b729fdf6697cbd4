import { SaxesParser } from 'saxes';

/** A place in an SVG file, 1-based, as the XML parser counts it. */
export interface SvgPlace {
  line: number;
  column: number;
}

/** What the checks need from an SVG: every attribute, every text and style, and any document type declaration. */
export interface SvgDocument {
  attributes: { element: string; name: string; value: string; at: SvgPlace }[];
  /** Character data: text that may be drawn, and the contents of `<style>` elements (`style` true). */
  texts: { text: string; style: boolean; at: SvgPlace }[];
  doctype?: { text: string; at: SvgPlace };
}

/** Why an SVG was not read: not well-formed, or (`entity`) it declares entities, which are refused unread. */
export interface SvgFailure {
  error: string;
  entity?: true;
  at: SvgPlace;
}

/** Elements past this depth are refused: no logo or diagram needs them, and a renderer would recurse on them. */
export const MAX_SVG_DEPTH = 100;

/**
 * Parses SVG markup with a conforming XML parser (saxes), which expands no entity other than the five
 * predefined ones. Returns the document, or where and why it is not well-formed XML.
 */
export function parseSvg(text: string): SvgDocument | SvgFailure {
  const parser = new SaxesParser({ xmlns: false, position: true });
  const doc: SvgDocument = { attributes: [], texts: [] };
  const stack: string[] = [];
  let root: string | undefined;
  let failure: SvgFailure | undefined;
  const here = (): SvgPlace => ({ line: parser.line, column: Math.max(parser.column, 1) });
  parser.on('error', (error) => {
    failure ??= { error: error.message.replace(/^[^:]*:\d+:\d+: /, ''), at: here() };
  });
  parser.on('doctype', (doctype) => {
    doc.doctype ??= { text: doctype, at: here() };
    // Declared entities are never expanded: the document is refused as soon as one is seen.
    if (/<!ENTITY/i.test(doctype)) failure ??= { error: 'entity', entity: true, at: here() };
  });
  parser.on('opentag', (tag) => {
    if (stack.length === 0) root ??= tag.name;
    stack.push(tag.name);
    if (stack.length > MAX_SVG_DEPTH) failure ??= { error: `elements nested more than ${MAX_SVG_DEPTH} deep`, at: here() };
    for (const [name, value] of Object.entries(tag.attributes)) doc.attributes.push({ element: tag.name, name, value: String(value), at: here() });
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  const onText = (chunk: string) => {
    if (chunk.trim() !== '') doc.texts.push({ text: chunk, style: stack.at(-1) === 'style', at: here() });
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  try {
    parser.write(text).close();
  } catch (error) {
    failure ??= { error: (error as Error).message, at: here() };
  }
  if (!failure && root !== 'svg') failure = { error: root === undefined ? 'there is no <svg> element' : `the root element is <${root}>, not <svg>`, at: { line: 1, column: 1 } };
  return failure ?? doc;
}
