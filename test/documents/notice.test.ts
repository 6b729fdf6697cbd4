import { describe, expect, test } from 'vitest';
import { noticeDocument } from '../../src/documents';
import type { PackageDiff } from '../../src/diff/compare';
import type { Snapshot } from '../../src/model/data-files';
import { CONFIG } from '../formats/pdf/helpers';

const snapshot = (reviewDate: string): Snapshot => ({ label: reviewDate, reviewDate, company: 'Example Co', subprocessors: [], controls: [], sections: null, answers: null });
const DIFF: PackageDiff = {
  from: snapshot('2026-06-26'),
  to: snapshot('2026-11-16'),
  subprocessors: { added: [{ name: 'Müller Rechenzentrum GmbH', purpose: 'Hosting', data: 'Alle Daten', location: 'Köln', certifications: [] }], removed: [], changed: [] },
  controls: { added: [], removed: [], changed: [] },
  sections: null,
  answers: null,
};

/** Every text of a notice's blocks and facts, in order. */
function texts(doc: ReturnType<typeof noticeDocument>): string[] {
  return doc.blocks.flatMap((b) => {
    if (b.type === 'heading') return [b.text];
    if (b.type === 'paragraph') return [b.runs.map((r) => r.text).join('')];
    if (b.type === 'facts') return b.facts.map((f) => `${f.label}: ${f.value}`);
    if (b.type === 'table') return [b.header.map((c) => c[0][0].text).join(' | ')];
    return [];
  });
}

describe('the change notice speaks the document language', () => {
  test('German: headings, facts, wording, table headers, dates and the page label', () => {
    const doc = noticeDocument({ ...CONFIG, document: { ...CONFIG.document, language: 'de' } }, DIFF, '2026-11-16', { name: 'Stadtwerke Köln AöR' });
    expect(texts(doc)).toEqual([
      'Mitteilung über Änderungen bei Unterauftragsverarbeitern',
      'An: Stadtwerke Köln AöR',
      'Von: Example Co Ltd',
      'Datum der Mitteilung: 16. November 2026',
      'Wirksam ab: 16. Dezember 2026',
      'Widerspruchsfrist: 30 Tage, bis zum 16. Dezember 2026',
      'Kontakt: security@example.com',
      'Verglichene Fassungen: 2026-06-26 und 2026-11-16',
      'Example Co Ltd teilt gemäß der Vereinbarung zur Auftragsverarbeitung die folgenden Änderungen bei den Unterauftragsverarbeitern mit, die personenbezogene Daten des Kunden verarbeiten. ' +
        'Die Änderungen werden am 16. Dezember 2026 wirksam, 30 Tage nach dieser Mitteilung. Sie können einer Änderung aus berechtigten Gründen des Datenschutzes widersprechen, ' +
        'indem Sie innerhalb von 30 Tagen nach dieser Mitteilung, also bis zum 16. Dezember 2026, an security@example.com schreiben.',
      'Neue Unterauftragsverarbeiter',
      'Name | Zweck | Daten | Standort',
      'Nicht mehr eingesetzte Unterauftragsverarbeiter',
      'Keine.',
      'Änderungen bei bestehenden Unterauftragsverarbeitern',
      'Keine.',
    ]);
    expect(doc.frame).toMatchObject({ note: 'Mitteilung vom 16. November 2026', pageLabel: 'Seite {page} von {pages}' });
  });

  test('a string set under strings: replaces the built-in one', () => {
    const doc = noticeDocument({ ...CONFIG, strings: { noticeTitle: 'Notice of new sub-processors' } }, DIFF, '2026-11-16');
    expect(texts(doc)[0]).toBe('Notice of new sub-processors');
    expect(doc.frame.pageLabel).toBe('Page {page} of {pages}');
  });
});
