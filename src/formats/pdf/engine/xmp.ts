/**
 * pdfkit writes the document info twice: as the PDF Info dictionary (a PDF string, which needs no
 * escaping) and, for PDF/A, into the XMP metadata packet, where it pastes the same values into XML
 * unescaped (pdfkit 0.19: `MetadataMixin._addInfo`). A title with `&` or `<` then makes the packet
 * ill-formed and the file fails PDF/A. Escaping the values beforehand would put `&amp;` into the Info
 * dictionary, where a reader shows it literally; so the XMP step alone sees escaped values.
 *
 * This changes output (it is a fix, not a speed-up), so unlike patches.ts it goes in on every pdfkit
 * version that has the method, whatever the patch switch says; a pdfkit without it is refused, since
 * the metadata it writes could not be vouched for.
 */

/** pdfkit's document, as far as the XMP step uses it. */
interface PdfKitDocument {
  info: Record<string, unknown>;
  _addInfo?: (this: PdfKitDocument) => void;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text as XML character data or attribute value. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

const fixed = new WeakSet<object>();

/** Makes pdfkit's XMP step escape the info values it writes; once per prototype. */
export function escapeXmpInfo(pdfkitEntry: string): void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const PDFDocument = require(pdfkitEntry) as { prototype: PdfKitDocument };
  const proto = PDFDocument.prototype;
  if (fixed.has(proto)) return;
  const addInfo = proto._addInfo;
  if (typeof addInfo !== 'function') {
    throw new Error('pdfkit has no _addInfo: the XMP escaping in formats/pdf/engine/xmp.ts needs updating for this pdfkit');
  }
  proto._addInfo = function (this: PdfKitDocument) {
    const info = this.info;
    this.info = Object.fromEntries(Object.entries(info).map(([key, value]) => [key, typeof value === 'string' ? escapeXml(value) : value]));
    try {
      addInfo.call(this);
    } finally {
      this.info = info;
    }
  };
  fixed.add(proto);
}
