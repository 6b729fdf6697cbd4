import type { Content, ContentStack } from 'pdfmake/interfaces';
import type { Fact, SignatureParty } from '../../model/document';
import type { Theme } from './theme';

/** A labelled fill-in line; the value is printed on the line when it is known. */
export function field(label: string, value: string | undefined, theme: Theme): ContentStack {
  return {
    stack: [
      { text: value ?? ' ', fontSize: 10.5, margin: [2, 0, 0, 1] },
      { canvas: [{ type: 'line', x1: 0, y1: 0, x2: 280, y2: 0, lineWidth: 0.7, lineColor: theme.muted }] },
      { text: label, style: 'small', margin: [0, 2, 0, 0] },
    ],
    unbreakable: true,
    margin: [0, 6, 0, 12],
  };
}

function signatureBlock(party: SignatureParty, theme: Theme): ContentStack {
  const line = (label: string, value?: string): Content => ({
    stack: [
      { text: value ?? ' ', fontSize: 10, margin: [2, 0, 0, 1] },
      { canvas: [{ type: 'line', x1: 0, y1: 0, x2: 210, y2: 0, lineWidth: 0.7, lineColor: theme.muted }] },
      { text: label, style: 'small', margin: [0, 2, 0, 10] },
    ],
  });
  return {
    stack: [{ text: party.heading, bold: true, color: theme.heading, margin: [0, 0, 0, 14] }, ...party.lines.map((l) => line(l.label, l.value))],
  };
}

/** Signature blocks for the parties, side by side and never split across pages. */
export function signatures(parties: readonly SignatureParty[], theme: Theme): Content {
  return {
    columns: parties.map((p) => signatureBlock(p, theme)),
    columnGap: 30,
    unbreakable: true,
    margin: [0, 18, 0, 0],
  };
}

/** Labelled facts in two columns, as a notice states its addressee and dates. */
export function facts(items: readonly Fact[], theme: Theme): Content {
  return {
    table: { widths: [120, '*'], body: items.map((f) => [{ text: f.label, color: theme.muted }, { text: f.value, bold: f.strong ?? false }]) },
    layout: { defaultBorder: false, paddingTop: () => 2, paddingBottom: () => 2, paddingLeft: () => 0 },
    margin: [0, 0, 0, 12],
  };
}
