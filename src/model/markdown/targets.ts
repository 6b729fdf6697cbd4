import type { RuleId } from '../../diagnostics/rules';
import { posix } from 'node:path';
import { describeValue } from '../../diagnostics';

/** Where a Markdown link goes once checked. */
export type LinkTarget = { link: string } | { anchor: string } | { error: string };

/** Sorts a link destination into an external link, an internal anchor, or a refused scheme. */
export function linkTarget(href: string): LinkTarget {
  if (/^https?:\/\/\S/i.test(href) || /^mailto:\S/i.test(href)) return { link: href };
  if (href.startsWith('#') && href.length > 1) return { anchor: decode(href.slice(1)) };
  return {
    error:
      href === '' || href === '#'
        ? 'Link has no target; give it an https:, http: or mailto: URL or a #heading-anchor'
        : `Link target ${describeValue(href)} cannot be followed from a PDF; use an https:, http: or mailto: URL or a #heading-anchor. The link text is kept as plain text`,
  };
}

/** A checked image: its project-relative path, or the rule it breaks and why. */
export type ImageTarget =
  | { src: string }
  | { ruleId: RuleId; message: string; expected: string; actual: string };

const FORMATS = ['.png', '.jpg', '.jpeg', '.svg'];

/** Resolves an image path against the Markdown file's folder and checks it can be embedded. */
export function imageTarget(href: string, file: string, exists: (path: string) => boolean | 'outside'): ImageTarget {
  const actual = describeValue(href);
  if (/^[A-Za-z][\w+.-]*:/.test(href) || href.startsWith('//')) {
    return {
      ruleId: 'markdown/image-remote',
      message: 'Image is not a local file; the build is offline and reproducible, so download it into assets/ and link that path',
      expected: 'a path relative to this file, e.g. ../../assets/diagram.png',
      actual,
    };
  }
  const folder = posix.dirname(file);
  if (href.startsWith('/')) {
    return {
      ruleId: 'markdown/image-outside',
      message: `Image path is absolute; write it relative to ${file}, pointing into content/ or assets/`,
      expected: 'a relative path, e.g. ../../assets/diagram.png',
      actual,
    };
  }
  const src = posix.normalize(posix.join(folder, decode(href)));
  if (!(src.startsWith('content/') || src.startsWith('assets/'))) {
    return {
      ruleId: 'markdown/image-outside',
      message: `Image resolves to ${src}, outside content/ and assets/; move the file into assets/ and link it relative to ${file}`,
      expected: 'a file under content/ or assets/',
      actual,
    };
  }
  const extension = posix.extname(src).toLowerCase();
  if (!FORMATS.includes(extension)) {
    return {
      ruleId: 'markdown/image-format',
      message: 'Image format cannot be embedded in the PDF; convert the file to PNG, JPEG or SVG',
      expected: '.png, .jpg, .jpeg or .svg',
      actual: extension === '' ? 'no extension' : extension,
    };
  }
  const found = exists(src);
  if (found === 'outside') {
    return {
      ruleId: 'content/outside-project',
      message: `Image file ${src} is a symbolic link to a file outside the project; the build reads only project files, so copy the file in instead`,
      expected: 'a file inside the project',
      actual,
    };
  }
  if (!found) {
    return {
      ruleId: 'markdown/image-missing',
      message: `Image file ${src} does not exist; the path is relative to ${folder}/, check its spelling`,
      expected: 'an existing file',
      actual,
    };
  }
  return { src };
}

// Destinations may be percent-encoded (`my%20logo.png`); a malformed escape is kept as written.
function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
