import { describe, expect, it } from 'vitest';
import { blocksHtml, type BlockContext } from '../../src/formats/html/blocks';
import { contrast, readableOn, textOn } from '../../src/formats/html/colors';
import { addMonths } from '../../src/formats/html/security-txt';
import { uuidFor } from '../../src/formats/html/uuid';
import { stringsFor } from '../../src/text/strings';

const ctx = (): BlockContext => ({ anchorHref: (a) => (a === 'known' ? '#known' : undefined), headingShift: 1, imageHref: () => undefined, tables: { count: 0 }, strings: stringsFor('en') });

describe('HTML blocks', () => {
  it('escape every character of content, so no text becomes markup', () => {
    const html = blocksHtml([{ type: 'paragraph', runs: [{ text: '<script>alert("x")</script> & <!-- note -->' }] }], ctx());
    expect(html).toBe('<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;!-- note --&gt;</p>');
  });

  it('make links only of https, http and mailto targets, and of anchors that exist', () => {
    const html = blocksHtml(
      [{ type: 'paragraph', runs: [{ text: 'a', link: 'javascript:alert(1)' }, { text: 'b', link: 'https://x.example/?a=1&b="2"' }, { text: 'c', anchor: 'gone' }, { text: 'd', anchor: 'known' }] }],
      ctx(),
    );
    expect(html).toBe('<p>a<a href="https://x.example/?a=1&amp;b=&quot;2&quot;">b</a>c<a href="#known">d</a></p>');
  });

  it('shift headings under the page title and give tables column and row headers', () => {
    const html = blocksHtml(
      [
        { type: 'heading', depth: 1, runs: [{ text: 'Backups' }], text: 'Backups', anchor: 'backups' },
        { type: 'table', role: 'data', align: [null, 'right'], header: [[[{ text: 'Plan' }]], [[{ text: 'Days' }]]], rows: [[[[{ text: 'Free' }]], [[{ text: '30' }]]]] },
      ],
      ctx(),
    );
    expect(html).toContain('<h2 id="backups">Backups</h2>');
    expect(html).toContain('<th scope="col">Plan</th><th scope="col" class="align-right">Days</th>');
    expect(html).toContain('<tr><th scope="row">Free</th><td data-label="Days" class="align-right">30</td></tr>');
    expect(html).toContain('role="region" aria-label="Table 1" tabindex="0"');
  });
});

describe('brand colours on the page', () => {
  it('keep a dark primary colour for links, and darken a light one until it reads on white', () => {
    expect(readableOn('#1F3A5F', '#FFFFFF')).toBe('#1F3A5F');
    const teal = readableOn('#2BB3A3', '#FFFFFF');
    expect(contrast('#2BB3A3', '#FFFFFF')).toBeLessThan(4.5);
    expect(contrast(teal, '#FFFFFF')).toBeGreaterThanOrEqual(4.5);
  });

  it('pick white text on a dark band and black on a light one', () => {
    expect(textOn('#1F3A5F')).toBe('#FFFFFF');
    expect(textOn('#F5D90A')).toBe('#000000');
  });
});

describe('dates and ids', () => {
  it('adds months in UTC, clamping to the end of a shorter month', () => {
    expect(addMonths('2026-06-26', 12)).toBe('2027-06-26');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2027-12-15', 3)).toBe('2028-03-15');
  });

  it('derives the same version 5 UUID from the same name, and another from another', () => {
    // The known answer of Python's uuid.uuid5(uuid.NAMESPACE_URL, 'http://www.python.org').
    expect(uuidFor('http://www.python.org')).toBe('5e077b6f-5fcc-5a59-b52a-0092db3520c3');
    expect(uuidFor('a')).not.toBe(uuidFor('b'));
    expect(uuidFor('a')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
