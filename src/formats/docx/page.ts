/** A4 in twips, and the margins of the PDF editions (60pt left and right, 78pt top, 66pt bottom). */
export const PAGE = {
  width: 11906,
  height: 16838,
  margin: { top: 1560, right: 1200, bottom: 1320, left: 1200, header: 680, footer: 560 },
};

/** The width text runs in, between the side margins. */
export const CONTENT_WIDTH = PAGE.width - PAGE.margin.left - PAGE.margin.right;
