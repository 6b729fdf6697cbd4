import path from 'node:path';

/**
 * Faster versions of two pdfmake 0.3 internals that dominate layout time on large documents. Each
 * computes exactly what the original does (same values, same order of lookups), so the PDFs come out
 * byte for byte the same; they only allocate less and repeat less work. Installed through patches.ts
 * only, once per process, and only on the library versions they were written against.
 */

type StyleDictionary = Record<string, Record<string, unknown> & { extends?: string | string[] }>;

interface StyleStack {
  styleDictionary: StyleDictionary;
  defaultStyle?: Record<string, unknown>;
  styleOverrides: (string | Record<string, unknown>)[];
  autopush(item: unknown): number;
  pop(howMany?: number): void;
  getProperty(property: string): unknown;
}

interface StyleStackClass {
  prototype: StyleStack;
  getStyleProperty(item: Record<string, unknown>, stack: StyleStack | undefined, property: string, defaultValue: unknown): unknown;
}

/** pdfkit's per-document wrapper of a parsed font; `font` is the parsed (fontkit) font. */
interface EmbeddedFont {
  font?: object;
  layoutCache?: Record<string, unknown>;
}

interface MeasuredLeaf {
  text?: unknown;
  _textRef?: unknown;
  _inlines: Record<string, unknown>[];
  _minWidth: number;
  _maxWidth: number;
}

interface DocMeasureClass {
  prototype: {
    measureDocument(structure: unknown): unknown;
    measureLeaf(node: MeasuredLeaf): MeasuredLeaf;
  };
}

interface PdfDocumentClass {
  prototype: { provideFont(family: string, bold: boolean, italics: boolean): EmbeddedFont };
}

/** The names of the patches below, as the patch status lists them. */
export const SPEEDUPS = ['style lookup', 'shared word shaping', 'relayout reuses measures'] as const;

/** Installs the faster internals into the pdfmake in `pdfmakeDir` (loading its modules, and pdfkit with them). */
export function speedUpPdfmake(pdfmakeDir: string): void {
  const internal = <T>(name: string) => (require(path.join(pdfmakeDir, 'js', name)) as { default: T }).default;
  fastStyleLookup(internal<StyleStackClass>('StyleContextStack'));
  sharedLayoutCache(internal<PdfDocumentClass>('PDFDocument'));
  reuseLeafMeasures(internal<DocMeasureClass>('DocMeasure'));
}

const isValue = (value: unknown) => value !== undefined && value !== null;
const isString = (value: unknown): value is string => typeof value === 'string' || value instanceof String;

/**
 * pdfmake looks up about twenty style properties for every word it measures, walking the whole style
 * stack for each property nobody set, and allocating a closure and a Set per named style on the way.
 * Same walk, without the allocations: a Set only when a style `extends` another.
 */
function fastStyleLookup(StyleContextStack: StyleStackClass): void {
  function fromStyle(dictionary: StyleDictionary, name: string, property: string, visited: Set<string> | undefined): unknown {
    if (visited) {
      if (visited.has(name)) return undefined;
      visited.add(name);
    }
    const style = dictionary[name];
    if (!style) return undefined;
    const value = style[property];
    if (isValue(value)) return value;
    if (style.extends) {
      const seen = visited ?? new Set([name]);
      const parents = Array.isArray(style.extends) ? style.extends : [style.extends];
      for (let i = parents.length - 1; i >= 0; i--) {
        const inherited = fromStyle(dictionary, parents[i], property, seen);
        if (isValue(inherited)) return inherited;
      }
    }
    return undefined;
  }

  // A lookup depends only on what is on the stack, so it is remembered until the next push or pop.
  const memo = new WeakMap<StyleStack, Map<string, unknown>>();
  const { push, pop } = StyleContextStack.prototype as StyleStack & { push(item: unknown): void };
  Object.assign(StyleContextStack.prototype, {
    push(this: StyleStack, item: unknown) {
      memo.delete(this);
      push.call(this, item);
    },
    pop(this: StyleStack, howMany?: number) {
      memo.delete(this);
      pop.call(this, howMany);
    },
  });

  function walk(stack: StyleStack, property: string): unknown {
    const overrides = stack.styleOverrides;
    if (overrides) {
      for (let i = overrides.length - 1; i >= 0; i--) {
        const item = overrides[i];
        if (isString(item)) {
          const value = fromStyle(stack.styleDictionary, item as string, property, undefined);
          if (isValue(value)) return value;
        } else if (isValue(item[property])) {
          return item[property];
        }
      }
    }
    return stack.defaultStyle && stack.defaultStyle[property];
  }

  StyleContextStack.prototype.getProperty = function getProperty(this: StyleStack, property: string): unknown {
    let known = memo.get(this);
    if (!known) memo.set(this, (known = new Map()));
    if (known.has(property)) return known.get(property);
    const value = walk(this, property);
    known.set(property, value);
    return value;
  };

  // The original pushes the item's styles and the item, looks the property up, and pops them again: that
  // is the item, then its named styles from the last, then the stack. Done in that order without touching
  // the stack, the stack's lookups stay remembered from one word to the next.
  StyleContextStack.getStyleProperty = function getStyleProperty(item, stack, property, defaultValue) {
    const own = item[property];
    if (isValue(own)) return own;
    if (!stack) return defaultValue;
    // autopush pushes nothing for a string or a section node.
    if (!isString(item) && item.section === undefined && item.style) {
      const names = Array.isArray(item.style) ? item.style : [item.style];
      for (let i = names.length - 1; i >= 0; i--) {
        const name = names[i];
        // A style given as an object (not a name) is an override object of its own.
        const value = isString(name) ? fromStyle(stack.styleDictionary, name, property, undefined) : (name as Record<string, unknown>)[property];
        if (isValue(value)) return value;
      }
    }
    const value = stack.getProperty(property);
    return isValue(value) ? value : defaultValue;
  };
}

/**
 * pdfkit caches the shaping of each word per document and font; a package has three documents (and a
 * relayout starts a fresh one), so the same words were shaped again and again. Shaping depends only on
 * the parsed font and the text (runs are never changed once cached), so every document that uses the
 * same parsed font (see patch-fonts) shares one cache.
 */
function sharedLayoutCache(PDFDocument: PdfDocumentClass): void {
  const caches = new WeakMap<object, Record<string, unknown>>();
  const provideFont = PDFDocument.prototype.provideFont;
  PDFDocument.prototype.provideFont = function (family, bold, italics) {
    const font = provideFont.call(this, family, bold, italics);
    // Only where pdfkit keeps a cache at all (the fontLayoutCache option) and for embedded fonts.
    if (font.layoutCache && font.font) {
      let shared = caches.get(font.font);
      if (!shared) {
        shared = font.layoutCache;
        caches.set(font.font, shared);
      }
      if (font.layoutCache !== shared) font.layoutCache = shared;
    }
    return font;
  };
}

/**
 * When `pageBreakBefore` asks for a break, pdfmake measures the whole document again before laying it
 * out again, although a page break changes no text's width. So the text a measurer measured in an
 * earlier pass is handed out again (fresh copies: layout splits and positions the pieces it is given).
 * Only what is measured exactly once per pass is reused: a node placed twice, or one whose text
 * refers to page numbers or other nodes, is always measured afresh.
 */
function reuseLeafMeasures(DocMeasure: DocMeasureClass): void {
  interface Entry {
    pass: number;
    text: unknown;
    inlines: Record<string, unknown>[] | undefined;
    minWidth: number;
    maxWidth: number;
  }
  const passes = new WeakMap<object, number>();
  const measured = new WeakMap<object, WeakMap<object, Entry>>();
  const copy = (inlines: Record<string, unknown>[]) => inlines.map((inline) => ({ ...inline }));
  const refersElsewhere = (inline: Record<string, unknown>) =>
    inline._pageRef !== undefined || inline._textRef !== undefined || inline._tocItemRef !== undefined;

  const { measureDocument, measureLeaf } = DocMeasure.prototype;
  DocMeasure.prototype.measureDocument = function (this: object, structure: unknown) {
    passes.set(this, (passes.get(this) ?? 0) + 1);
    return measureDocument.call(this, structure);
  };
  DocMeasure.prototype.measureLeaf = function (this: object, node: MeasuredLeaf) {
    const pass = passes.get(this) ?? 0;
    let entries = measured.get(this);
    if (!entries) measured.set(this, (entries = new WeakMap()));
    const entry = entries.get(node);
    if (entry && entry.inlines && entry.pass < pass && entry.text === node.text && !node._textRef) {
      entry.pass = pass;
      node._inlines = copy(entry.inlines);
      node._minWidth = entry.minWidth;
      node._maxWidth = entry.maxWidth;
      return node;
    }
    const result = measureLeaf.call(this, node);
    // Measured twice in one pass (one node in two places): never reused.
    const reusable = !entry && !node._textRef && Array.isArray(node._inlines) && !node._inlines.some(refersElsewhere);
    entries.set(node, {
      pass,
      text: node.text,
      inlines: reusable ? copy(node._inlines) : undefined,
      minWidth: node._minWidth,
      maxWidth: node._maxWidth,
    });
    return result;
  };
}
