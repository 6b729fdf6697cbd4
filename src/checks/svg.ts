import { describeValue } from '../diagnostics';
import { parseSvg, type SvgDocument } from '../load/svg';
import { linkTarget } from '../model/markdown/targets';
import { imageUses } from './image-size';
import type { LintContext, LintRule } from './rule';

/** An embedded image above this many bytes (decoded) is refused: an SVG is a drawing, not a container. */
export const MAX_SVG_DATA_BYTES = 1024 * 1024;

/** The only embedded data an SVG may carry: a PNG or JPEG image in base64. */
const DATA_IMAGE = /^data:image\/(?:png|jpeg);base64,([A-Za-z0-9+/=\s]*)$/;

/** Attributes that name another resource. */
const REFERENCE_ATTRIBUTES = new Set(['href', 'xlink:href', 'src']);

/** Each SVG the documents show (or the logo), once, with its parse. */
function svgs(ctx: LintContext): { src: string; parsed: ReturnType<typeof parseSvg> }[] {
  const seen = new Set<string>();
  const found: { src: string; parsed: ReturnType<typeof parseSvg> }[] = [];
  for (const use of imageUses(ctx)) {
    if (!use.src.toLowerCase().endsWith('.svg') || seen.has(use.src)) continue;
    seen.add(use.src);
    const bytes = ctx.settings.readFile(use.src);
    if (bytes) found.push({ src: use.src, parsed: parseSvg(bytes.toString('utf8')) });
  }
  return found;
}

/** An SVG that is not well-formed XML: the renderer would fail on it, or draw something else. */
export const svgInvalid: LintRule = {
  id: 'content/svg-invalid',
  check(ctx) {
    for (const { src, parsed } of svgs(ctx)) {
      if ('error' in parsed && !parsed.entity) {
        ctx.report({ file: src, ...parsed.at }, `SVG ${src} is not a well-formed SVG document: ${parsed.error}; re-export it from the drawing tool`, { expected: 'well-formed SVG markup' });
      }
    }
  },
};

/**
 * An SVG that reaches beyond itself: a file or URL in `href`, `<use>`, `<image>` or CSS `url()`, an
 * `@import`, an entity declaration, or embedded data that is not a bounded PNG or JPEG image.
 */
export const svgReference: LintRule = {
  id: 'content/svg-reference',
  check(ctx) {
    for (const { src, parsed } of svgs(ctx)) {
      if ('error' in parsed && parsed.entity) {
        ctx.report({ file: src, ...parsed.at }, `SVG ${src} declares entities; an entity can pull in files or expand without bound, so remove the DOCTYPE`, { expected: 'no entity declarations' });
      }
      if (!('error' in parsed)) for (const problem of problems(parsed)) ctx.report({ file: src, ...problem.at }, `SVG ${src} ${problem.message}`, { expected: problem.expected, actual: problem.actual });
    }
  },
};

/** The texts and attribute values of every SVG shown, each at its place in the SVG file, for the secret check. */
export function svgTexts(ctx: LintContext): { src: string; text: string; at: { file: string; line: number; column: number } }[] {
  return svgs(ctx).flatMap(({ src, parsed }) =>
    'error' in parsed ? [] : [...parsed.texts, ...parsed.attributes.map((a) => ({ text: a.value, at: a.at }))].map(({ text, at }) => ({ src, text, at: { file: src, ...at } })),
  );
}

interface Problem {
  at: { line: number; column: number };
  message: string;
  expected: string;
  actual: string;
}

function problems(doc: SvgDocument): Problem[] {
  const found: Problem[] = [];
  for (const attribute of doc.attributes) {
    const { element, name, value, at } = attribute;
    if (REFERENCE_ATTRIBUTES.has(name)) {
      const problem = element === 'a' ? linkProblem(value) : referenceProblem(element, value);
      if (problem) found.push({ at, ...problem, actual: `${name}=${describeValue(value)} on <${element}>` });
    }
    if (name === 'style' || /url\(|@import/i.test(value)) found.push(...cssProblems(value, at));
  }
  for (const text of doc.texts) if (text.style) found.push(...cssProblems(text.text, text.at));
  return found;
}

function linkProblem(href: string): { message: string; expected: string } | undefined {
  const target = linkTarget(href);
  if (!('error' in target)) return undefined;
  return { message: `has a link the PDF cannot follow: ${target.error}`, expected: 'an https:, http: or mailto: URL or a #fragment' };
}

function referenceProblem(element: string, href: string): { message: string; expected: string } | undefined {
  if (/^#[^\s#]+$/.test(href)) return undefined;
  if (element === 'image') {
    const data = DATA_IMAGE.exec(href);
    if (data) {
      const bytes = Math.floor((data[1].replace(/\s/g, '').length * 3) / 4);
      if (bytes <= MAX_SVG_DATA_BYTES) return undefined;
      return { message: `embeds an image of about ${bytes} bytes; scale it down or link a PNG from the Markdown instead`, expected: `an embedded image of at most ${MAX_SVG_DATA_BYTES} bytes` };
    }
  }
  return {
    message: 'refers to a file, URL or data outside the drawing; the build reads only project files and embeds nothing it has not checked, so inline the shape or use a #fragment',
    expected: element === 'image' ? 'a #fragment, or a data:image/png or data:image/jpeg base64 image' : 'a #fragment in the same file',
  };
}

function cssProblems(css: string, at: { line: number; column: number }): Problem[] {
  const found: Problem[] = [];
  for (const match of css.matchAll(/@import\b[^;]*/gi)) {
    found.push({ at, message: 'imports a style sheet; put the styles in the SVG itself', expected: 'no @import', actual: describeValue(match[0]) });
  }
  for (const match of css.matchAll(/url\(\s*(['"]?)(.*?)\1\s*\)/gi)) {
    if (!/^#[^\s#]+$/.test(match[2])) {
      found.push({ at, message: 'refers to a file, URL or data in CSS url(); only #fragments of the same file may be used', expected: 'url(#id)', actual: describeValue(match[0]) });
    }
  }
  return found;
}
