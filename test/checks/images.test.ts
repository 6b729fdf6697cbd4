import { describe, expect, test } from 'vitest';
import { imageHeader } from '../../src/load/image-header';
import { CONFIG } from '../load/fixtures';
import { check, SECTION } from './helpers';

/** The first bytes of a PNG: signature and IHDR with the given size. */
function png(width: number, height: number, size = 64): Buffer {
  const bytes = Buffer.alloc(size);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(bytes, 0);
  bytes.writeUInt32BE(13, 8);
  bytes.write('IHDR', 12, 'latin1');
  bytes.writeUInt32BE(width, 16);
  bytes.writeUInt32BE(height, 20);
  return bytes;
}

/** The first bytes of a baseline JPEG: SOI, an APP0 segment, then the frame header with the size. */
function jpeg(width: number, height: number): Buffer {
  const app0 = [0xff, 0xe0, 0x00, 0x10, ...Buffer.from('JFIF\0'), 1, 1, 0, 0, 1, 0, 1, 0, 0];
  const sof = [0xff, 0xc0, 0x00, 0x11, 8, height >> 8, height & 0xff, width >> 8, width & 0xff, 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1];
  return Buffer.from([0xff, 0xd8, ...app0, ...sof, 0xff, 0xd9]);
}

const section = (src: string) => ({ 'content/sections/01-overview.md': `# Overview\n\n![Diagram](${src})\n` });

describe('image headers', () => {
  test('a PNG header gives its size', () => {
    expect(imageHeader(png(640, 480))).toEqual({ format: 'png', width: 640, height: 480 });
  });

  test('a JPEG frame header gives its size past the segments before it', () => {
    expect(imageHeader(jpeg(1024, 768))).toEqual({ format: 'jpeg', width: 1024, height: 768 });
  });

  test('other bytes are not an image', () => {
    expect(imageHeader(Buffer.from('hello'))).toEqual({ format: 'unknown' });
  });
});

describe('content/image-size', () => {
  test('an image within the limits passes', () => {
    expect(check({ ...section('../../assets/small.png'), 'assets/small.png': png(800, 600) }).lines).toEqual([]);
  });

  test('a PNG wider than 4000 pixels is an error at the image', () => {
    const { lines } = check({ ...section('../../assets/wide.png'), 'assets/wide.png': png(4001, 300) });
    expect(lines).toEqual([
      `${SECTION}:3:1  error  Image assets/wide.png has more pixels than a page can show; it is embedded at full resolution, so scale it down (expected at most 4000x4000 pixels, found 4001x300)  content/image-size`,
    ]);
  });

  test('a JPEG taller than 4000 pixels is an error', () => {
    const { lines } = check({ ...section('../../assets/tall.jpg'), 'assets/tall.jpg': jpeg(100, 5000) });
    expect(lines).toEqual([
      `${SECTION}:3:1  error  Image assets/tall.jpg has more pixels than a page can show; it is embedded at full resolution, so scale it down (expected at most 4000x4000 pixels, found 100x5000)  content/image-size`,
    ]);
  });

  test('an image file over 5 MB is an error', () => {
    const { lines } = check({ ...section('../../assets/huge.png'), 'assets/huge.png': png(100, 100, 5 * 1024 * 1024 + 1) });
    expect(lines).toEqual([
      `${SECTION}:3:1  error  Image assets/huge.png is too large to embed; it would slow the build and swell every PDF: scale it down or compress it (expected at most 5242880 bytes (5 MB), found 5242881 bytes)  content/image-size`,
    ]);
  });

  test('an oversized logo is an error at brand.logo', () => {
    const { lines } = check({ 'content/trust-package.yaml': `${CONFIG}  logo: assets/logo.png\n`, 'assets/logo.png': png(8000, 2000) });
    expect(lines).toEqual([
      'content/trust-package.yaml:13:9  error  Image assets/logo.png has more pixels than a page can show; it is embedded at full resolution, so scale it down (expected at most 4000x4000 pixels, found 8000x2000)  content/image-size',
    ]);
  });
});

describe('content/image-invalid', () => {
  test('a .png file that holds something else is an error, before rendering can fail on it', () => {
    const { lines } = check({ ...section('../../assets/fake.png'), 'assets/fake.png': 'GIF89a' });
    expect(lines).toEqual([
      `${SECTION}:3:1  error  Image assets/fake.png is not a valid PNG file; re-export it, or rename it to the format it really has (expected PNG contents, found unrecognised contents)  content/image-invalid`,
    ]);
  });

  test('a JPEG named .png is told apart', () => {
    const { lines } = check({ ...section('../../assets/photo.png'), 'assets/photo.png': jpeg(10, 10) });
    expect(lines).toEqual([
      `${SECTION}:3:1  error  Image assets/photo.png is not a valid PNG file; re-export it, or rename it to the format it really has (expected PNG contents, found JPEG contents)  content/image-invalid`,
    ]);
  });
});

describe('images the Markdown stage refuses', () => {
  test('a remote image fails validation: the build reaches no network', () => {
    expect(check(section('https://example.com/diagram.png')).lines).toEqual([
      `${SECTION}:3:1  error  Image is not a local file; the build is offline and reproducible, so download it into assets/ and link that path (expected a path relative to this file, e.g. ../../assets/diagram.png, found "https://example.com/diagram.png")  markdown/image-remote`,
    ]);
  });

  test('a missing image is an error', () => {
    expect(check(section('../../assets/none.png')).lines).toEqual([
      `${SECTION}:3:1  error  Image file assets/none.png does not exist; the path is relative to content/sections/, check its spelling (expected an existing file, found "../../assets/none.png")  markdown/image-missing`,
    ]);
  });

  test('an image outside content/ and assets/ is an error', () => {
    expect(check(section('../../../etc/passwd.png')).lines).toEqual([
      `${SECTION}:3:1  error  Image resolves to ../etc/passwd.png, outside content/ and assets/; move the file into assets/ and link it relative to ${SECTION} (expected a file under content/ or assets/, found "../../../etc/passwd.png")  markdown/image-outside`,
    ]);
  });

  test('an image in a format PDFs cannot embed is an error', () => {
    expect(check({ ...section('../../assets/anim.gif'), 'assets/anim.gif': 'GIF89a' }).lines).toEqual([
      `${SECTION}:3:1  error  Image format cannot be embedded in the PDF; convert the file to PNG, JPEG or SVG (expected .png, .jpg, .jpeg or .svg, found .gif)  markdown/image-format`,
    ]);
  });
});
