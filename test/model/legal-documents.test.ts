import { describe, expect, test } from 'vitest';
import { packageDocuments } from '../../src/documents';
import type { DocBlock, DocumentModel } from '../../src/model/document';
import { CONFIG } from '../load/fixtures';
import { check } from '../checks/helpers';

const CONFIG_FILE = 'content/trust-package.yaml';
const DPA = 'content/legal/dpa.md';

/** Every text of a document's blocks, one string per block, nested blocks flattened. */
function texts(blocks: readonly DocBlock[]): string[] {
  return blocks.flatMap((b): string[] => {
    switch (b.type) {
      case 'heading':
      case 'paragraph':
        return [b.runs.map((r) => r.text).join('')];
      case 'list':
        return b.items.flatMap(texts);
      case 'blockquote':
        return texts(b.blocks);
      case 'field':
        return [`[${b.label}${b.value ? `: ${b.value}` : ''}]`];
      default:
        return [];
    }
  });
}

function documents(overrides: Record<string, string>): DocumentModel[] {
  const { model, lines } = check(overrides);
  expect(lines).toEqual([]);
  return packageDocuments(model!);
}

const dpaOf = (docs: DocumentModel[]) => docs.find((d) => d.kind === 'dpa')!;

describe('the template notice of the legal templates', () => {
  test('heads each template and fills its footer by default', () => {
    for (const doc of documents({}).filter((d) => d.kind !== 'whitepaper')) {
      expect(doc.frame.note, doc.kind).toBe('Template: not legal advice');
      expect(doc.blocks[1].type, doc.kind).toBe('blockquote');
      expect(texts([doc.blocks[1]])[0], doc.kind).toMatch(/^Template notice\. This is a template .+ It is not legal advice/);
    }
  });

  test('is left out, footer and first page, with legal.templateNotice: false', () => {
    for (const doc of documents({ [CONFIG_FILE]: `${CONFIG}legal:\n  templateNotice: false\n` }).filter((d) => d.kind !== 'whitepaper')) {
      expect(doc.frame.note, doc.kind).toBe('');
      expect(texts(doc.blocks).join('\n'), doc.kind).not.toMatch(/legal advice|Template notice/);
    }
  });
});

describe('the facts of the DPA come from the settings and the data', () => {
  const processing = `processing:
  subjectMatter: Northwind hosts analytics dashboards.
  nature: Storing and aggregating events.
  purposes: [To run the analytics service]
  dataSubjects: [Visitors of the customer's websites]
  dataCategories: [Pseudonymous visitor IDs, IP addresses shortened to 24 bits]
  retention: Events are kept for 14 months.
`;
  const subs = (...locations: string[]) =>
    locations.map((location, i) => `- name: ${['Hetzner Online GmbH', 'Amazon Web Services, Inc.', 'Cloudflare, Inc.'][i]}\n  purpose: Hosting\n  data: Events\n  location: ${location}\n`).join('');

  test('::processing prints the processing settings, and the subprocessors\' locations once each', () => {
    const docs = documents({
      [CONFIG_FILE]: CONFIG + processing,
      'content/subprocessors.yaml': subs('Germany', 'Ireland', 'Germany'),
      [DPA]: '# DPA\n\nData is processed in {{subprocessors.locations}}.\n\n# Annex I\n\n::processing\n',
    });
    const text = texts(dpaOf(docs).blocks);
    expect(text).toContain('Data is processed in Germany and Ireland.');
    const annex = text.slice(text.indexOf('Annex I'));
    expect(annex).toEqual([
      'Annex I',
      'Subject matter', 'Northwind hosts analytics dashboards.',
      'Duration', '[To be completed]',
      'Nature of the processing', 'Storing and aggregating events.',
      'Purposes', 'To run the analytics service',
      'Categories of data subjects', 'Visitors of the customer’s websites',
      'Types of personal data', 'Pseudonymous visitor IDs', 'IP addresses shortened to 24 bits',
      'Special categories of data', '[To be completed]',
      'Retention and deletion', 'Events are kept for 14\u00a0months.',
      'Where the data is processed', 'Customer Personal Data is processed in the following locations, as the sub-processors in Annex III show:', 'Germany', 'Ireland',
    ]);
  });

  test('without processing settings, every item is a fill-in line, never another company\'s facts', () => {
    const docs = documents({ [DPA]: '# DPA\n\n::processing\n' });
    const text = texts(dpaOf(docs).blocks);
    expect(text.filter((t) => t === '[To be completed]')).toHaveLength(8);
    expect(text.join('\n')).not.toMatch(/test result|United States/);
  });
});
