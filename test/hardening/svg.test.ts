import { describe, expect, test } from 'vitest';
import { check } from '../checks/helpers';

const SECTION = '# Overview\n\n![Diagram](../../assets/d.svg)\n';

/** The findings of a project whose first section shows assets/d.svg holding `svg`, review-date warnings aside. */
function findings(svg: string): string[] {
  return check({ 'content/sections/01-overview.md': SECTION, 'assets/d.svg': svg }).lines.filter((line) => !line.endsWith('content/review-date-stale'));
}

const svg = (body: string) => `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="10" height="10">\n${body}\n</svg>\n`;
const PNG_B64 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgAAAAAgABVKJPXQAAAABJRU5ErkJggg==';

describe('SVG is a document format', () => {
  test('an SVG that refers only to itself and embeds a small PNG builds clean', () => {
    expect(findings(svg(`<defs><circle id="c" r="2"/></defs><use href="#c"/><rect style="fill:url(#c)"/><image href="data:image/png;base64,${PNG_B64}"/><a href="https://example.com"><text>Hi</text></a>`))).toEqual([]);
  });

  test.each([
    ['<image href="/etc/passwd"/>', '2:27', 'href="/etc/passwd" on <image>'],
    ['<image xlink:href="https://tracker.example/p.png"/>', '2:51', 'xlink:href="https://tracker.example/p.png" on <image>'],
    ['<use href="other.svg#x"/>', '2:25', 'href="other.svg#x" on <use>'],
    ['<image href="data:image/svg+xml;base64,PHN2Zy8+"/>', '2:50', 'href="data:image/svg+xml;base64,PHN2Zy8+" on <image>'],
  ])('%s is refused at the end of its start tag', (body, at, actual) => {
    const lines = findings(svg(body));
    expect(lines).toEqual([expect.stringContaining(`assets/d.svg:${at}  error  SVG assets/d.svg refers to a file, URL or data outside the drawing;`)]);
    expect(lines[0]).toContain(`found ${actual})  content/svg-reference`);
  });

  test('a link in an SVG obeys the Markdown link schemes', () => {
    expect(findings(svg('<a href="javascript:alert(1)"><text>x</text></a>'))).toEqual([
      expect.stringMatching(/^assets\/d\.svg:2:30  error  SVG assets\/d\.svg has a link the PDF cannot follow: .*found href="javascript:alert\(1\)" on <a>\)  content\/svg-reference$/),
    ]);
  });

  test('CSS url() and @import to files or URLs are refused', () => {
    const lines = findings(svg('<style>@import "https://x.example/a.css"; rect { fill: url(https://x.example/p.png) }</style><rect style="fill: url(\'file:///etc/passwd\')"/>'));
    expect(lines.map((line) => line.replace(/ \(expected.*?(?=  content)/, ''))).toEqual([
      'assets/d.svg:2:86  error  SVG assets/d.svg imports a style sheet; put the styles in the SVG itself  content/svg-reference',
      'assets/d.svg:2:86  error  SVG assets/d.svg refers to a file, URL or data in CSS url(); only #fragments of the same file may be used  content/svg-reference',
      'assets/d.svg:2:140  error  SVG assets/d.svg refers to a file, URL or data in CSS url(); only #fragments of the same file may be used  content/svg-reference',
    ]);
  });

  test('an entity declaration is refused', () => {
    const lines = findings(`<?xml version="1.0"?>\n<!DOCTYPE svg [ <!ENTITY x SYSTEM "file:///etc/passwd"> ]>\n${svg('<text>&x;</text>')}`);
    expect(lines.filter((line) => line.endsWith('content/svg-reference'))).toEqual([expect.stringMatching(/^assets\/d\.svg:2:\d+  error  SVG assets\/d\.svg declares entities; /)]);
  });

  test('an embedded image over 1 MB is refused', () => {
    const big = 'A'.repeat(1.5 * 1024 * 1024); // 1,179,648 bytes decoded
    expect(findings(svg(`<image href="data:image/png;base64,${big}"/>`))).toEqual([expect.stringContaining('SVG assets/d.svg embeds an image of about 1179648 bytes;')]);
  });

  test('text in an SVG is checked for secrets', () => {
    expect(findings(svg('<text>AKIAIOSFODNN7EXAMPLE</text>'))).toEqual([
      'assets/d.svg:2:27  error  This looks like an AWS access key id in SVG assets/d.svg; the package leaves the company, so remove it (and revoke it if it is real) (expected no credentials, found AKIA******** (20 characters))  content/secret',
    ]);
  });

  test('a malformed SVG is a diagnostic at its place', () => {
    expect(findings('<svg xmlns="http://www.w3.org/2000/svg">\n  <g>\n</svg>\n')).toEqual([
      expect.stringMatching(/^assets\/d\.svg:3:\d+  error  SVG assets\/d\.svg is not a well-formed SVG document: .*content\/svg-invalid$/),
    ]);
  });
});
