/** One piece of text as a PDF draws it, with the name of its font (e.g. `ABCDEF+Roboto-Medium`). */
export interface DrawnText {
  page: number;
  text: string;
  font: string;
}

/** What a page draws besides text that a test may look for: how many dashed strokes (dot leaders) it sets. */
export interface PageDrawing {
  dashes: number;
}

/** Reads every text item of a PDF with its real font name, which pdfjs only gives through the page's fonts. */
export async function readPdfText(input: Uint8Array): Promise<{ items: DrawnText[]; drawings: PageDrawing[] }> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(input), useSystemFonts: false, isEvalSupported: false, verbosity: 0, fontExtraProperties: true }).promise;
  try {
    const items: DrawnText[] = [];
    const drawings: PageDrawing[] = [];
    for (let i = 1; i <= doc.numPages; i++) {
      const page = await doc.getPage(i);
      const ops = await page.getOperatorList();
      drawings.push({ dashes: ops.fnArray.filter((fn, k) => fn === pdfjs.OPS.setDash && (ops.argsArray[k]?.[0] as number[] | undefined)?.length).length });
      const content = await page.getTextContent();
      for (const item of content.items) {
        if (!('str' in item) || item.str.trim() === '') continue;
        const font = page.commonObjs.has(item.fontName) ? (page.commonObjs.get(item.fontName) as { name?: string }).name ?? item.fontName : item.fontName;
        items.push({ page: i, text: item.str, font });
      }
    }
    return { items, drawings };
  } finally {
    await doc.destroy();
  }
}
