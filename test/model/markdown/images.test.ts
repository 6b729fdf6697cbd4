import { describe, expect, test } from 'vitest';
import { FILE, parse } from './helpers';

describe('images', () => {
  test('a path is resolved against the Markdown file folder to a project-relative path', () => {
    const { doc, lines } = parse('![Logo](../../assets/logo.png)');
    expect(doc.blocks).toEqual([{ type: 'image', src: 'assets/logo.png', alt: 'Logo', at: { file: FILE, line: 1, column: 1 } }]);
    expect(lines).toEqual([]);
  });

  test('a path beside the Markdown file stays under content/', () => {
    expect(parse('![Flow](diagram.svg)').doc.blocks[0]).toMatchObject({ src: 'content/sections/diagram.svg' });
  });

  test('an image inside a paragraph splits it into paragraph, image, paragraph', () => {
    const { doc } = parse('Before ![Flow](./diagram.svg) after');
    expect(doc.blocks).toEqual([
      { type: 'paragraph', runs: [{ text: 'Before' }], at: { file: FILE, line: 1, column: 1 } },
      { type: 'image', src: 'content/sections/diagram.svg', alt: 'Flow', at: { file: FILE, line: 1, column: 8 } },
      { type: 'paragraph', runs: [{ text: 'after' }], at: { file: FILE, line: 1, column: 31 } },
    ]);
  });

  test('a remote image is an error and its alt text is kept as a paragraph', () => {
    const { doc, lines } = parse('![Architecture](https://cdn.example/a.png)');
    expect(doc.blocks).toEqual([{ type: 'paragraph', runs: [{ text: 'Architecture' }], at: { file: FILE, line: 1, column: 1 } }]);
    expect(lines).toEqual([
      `${FILE}:1:1  error  Image is not a local file; the build is offline and reproducible, so download it into assets/ and link that path (expected a path relative to this file, e.g. ../../assets/diagram.png, found "https://cdn.example/a.png")  markdown/image-remote`,
    ]);
  });

  test('a data: image is remote too', () => {
    expect(parse('![x](data:image/png;base64,AAAA)').lines[0]).toMatch(/markdown\/image-remote$/);
  });

  test('an image outside content/ and assets/ is an error', () => {
    expect(parse('Text ![Key](../../secrets/key.png)').lines).toEqual([
      `${FILE}:1:6  error  Image resolves to secrets/key.png, outside content/ and assets/; move the file into assets/ and link it relative to ${FILE} (expected a file under content/ or assets/, found "../../secrets/key.png")  markdown/image-outside`,
    ]);
  });

  test('an absolute image path is an error', () => {
    expect(parse('![x](/assets/logo.png)').lines[0]).toMatch(/Image path is absolute.*markdown\/image-outside$/);
  });

  test('an image in a format pdfmake cannot embed is an error', () => {
    expect(parse('![x](../../assets/logo.gif)').lines).toEqual([
      `${FILE}:1:1  error  Image format cannot be embedded in the PDF; convert the file to PNG, JPEG or SVG (expected .png, .jpg, .jpeg or .svg, found .gif)  markdown/image-format`,
    ]);
  });

  test('a missing image file is an error', () => {
    expect(parse('![x](../../assets/nope.png)').lines).toEqual([
      `${FILE}:1:1  error  Image file assets/nope.png does not exist; the path is relative to content/sections/, check its spelling (expected an existing file, found "../../assets/nope.png")  markdown/image-missing`,
    ]);
  });

  test('a failed image inside text leaves its alt text in the paragraph', () => {
    expect(parse('See ![the chart](chart.gif) here').doc.blocks).toMatchObject([{ type: 'paragraph', runs: [{ text: 'See the chart here' }] }]);
  });

  test('an image in a heading is replaced by its alt text with a warning', () => {
    const { doc, lines } = parse('# ![Logo](../../assets/logo.png) Security');
    expect(doc.blocks[0]).toMatchObject({ type: 'heading', text: 'Logo Security' });
    expect(lines).toEqual([
      `${FILE}:1:3  warning  An image cannot be placed in a heading, so its alt text is printed instead; put the image in a paragraph of its own (expected an image on its own line, found an image in a heading)  markdown/image-inline`,
    ]);
  });
});
