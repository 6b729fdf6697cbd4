import type { Block, Document } from './blocks';

/** A whitepaper section as plain text, for machine-readable copies and change summaries. */
export interface SectionText {
  file: string;
  heading: string;
  anchor: string;
  text: string;
}

/** The plain text of blocks, one line per paragraph, list item or table row. */
export function blocksText(blocks: readonly Block[]): string[] {
  return blocks.flatMap((block): string[] => {
    switch (block.type) {
      case 'heading':
        return [block.text];
      case 'paragraph':
        return [block.runs.map((r) => r.text).join('')];
      case 'list':
        return block.items.flatMap((item) => blocksText(item));
      case 'table':
        return [block.header, ...block.rows].map((row) => row.map((cell) => cell.map((r) => r.text).join('')).join(' | '));
      case 'blockquote':
        return blocksText(block.blocks);
      case 'code':
        return [block.text];
      case 'image':
        return [block.alt];
      case 'directive':
        return [`[${block.name}${block.attrs.src ? ` ${block.attrs.src}` : ''}]`];
      case 'rule':
        return [];
    }
  });
}

/** Each section file as its first heading and its text. */
export function sectionTexts(sections: readonly Document[]): SectionText[] {
  return sections.map((doc) => {
    const first = doc.blocks.find((b) => b.type === 'heading');
    return {
      file: doc.file,
      heading: first?.type === 'heading' ? first.text : doc.file,
      anchor: first?.type === 'heading' ? first.anchor : '',
      text: blocksText(doc.blocks).join('\n'),
    };
  });
}
