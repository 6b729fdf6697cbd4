import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readZip } from '../../src/package';
import { normalise as normaliseText, readPdf, type PdfFacts } from '../helpers/pdf';
import { copyProject, NORTHWIND, removeProject, runCli } from '../helpers/project';

// The second fixture company: German, controls.csv, a PNG logo, umlauts in names and places, German
// governing law and recipients from a CSV, built through the real CLI.
const ZIP = 'northwind-trust-package-2026-11-16.zip';
const EDITION = 'northwind-trust-package-2026-11-16-muller-logistik-gmbh.zip';
const normalise = (text: string) => normaliseText(text);

let project: string;
let files: Map<string, Buffer>;
let whitepaper: PdfFacts;
let dpa: PdfFacts;
let nda: PdfFacts;

beforeAll(async () => {
  project = copyProject('trust-package-northwind-', NORTHWIND);
  const build = runCli(['build', '--quiet', '--recipients', 'recipients.csv', '--sent', '2026-11-20'], project, { TZ: 'Europe/Berlin' });
  expect(build.stderr).toBe('');
  expect(build.status).toBe(0);
  const zip = fs.readFileSync(path.join(project, 'out', EDITION));
  files = new Map((await readZip(zip, EDITION)).map((f) => [f.path, f.bytes]));
  whitepaper = await readPdf(files.get('Northwind-Security-Overview-2026-11-16.pdf')!);
  dpa = await readPdf(files.get('Northwind-DPA.pdf')!);
  nda = await readPdf(files.get('Northwind-Mutual-NDA.pdf')!);
}, 120_000);

afterAll(() => removeProject(project));

describe('a German company with CSV controls and a PNG logo', () => {
  it('validates without a finding', () => {
    const run = runCli(['validate'], project);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('builds the base package and one edition per recipient of the CSV', () => {
    expect(fs.readdirSync(path.join(project, 'out')).filter((f) => f.endsWith('.zip')).sort()).toEqual([
      EDITION,
      'northwind-trust-package-2026-11-16-stadtwerke-koln-aor.zip',
      ZIP,
    ]);
  });

  it('prints the cover, contents, footer and edition stamp in German, dates as German long dates', () => {
    const cover = normalise(whitepaper.pages[0]);
    expect(cover).toContain('Erstellt für Müller Logistik GmbH');
    expect(cover).toContain('Zuletzt geprüft 16. November 2026');
    expect(cover).toContain('Einstufung Vertraulich');
    // The stamp names the recipient once; the classification is on the cover and in the frame already.
    expect(cover).toMatch(/Erstellt für Müller Logistik GmbH am 20\. November 2026 · ID TP-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(whitepaper.text).not.toContain('überlassen an');
    expect(normalise(whitepaper.pages[1])).toMatch(/^Inhalt Überblick 3 /);
    expect(normalise(whitepaper.pages[1])).toContain('Northwind Sicherheits- und Compliance-Übersicht VERTRAULICH Zuletzt geprüft am 16. November 2026 Vertraulich Seite 2 von 4');
    expect(whitepaper.text).not.toMatch(/Page \d|Contents|Last reviewed/);
  });

  it('prints {{document.reviewDate}} in the body as the cover does, and every {{vars.*}} value', () => {
    const text = normalise(whitepaper.text);
    expect(text).toContain('Es wurde zuletzt am 16. November 2026 geprüft.');
    expect(text).toContain('eingetragen beim Amtsgericht Köln, HRB 123456 (USt-IdNr. DE123456789)');
    expect(text).toContain('Datenschutzbeauftragte: datenschutz@northwind-analytics.example');
    expect(normalise(dpa.text)).toContain('Die Daten werden in Frankfurt am Main und Nürnberg gespeichert.');
  });

  it('heads the generated tables in German, with the frameworks under their catalogue names', () => {
    const text = normalise(whitepaper.text);
    expect(text).toContain('Bereich Umgesetzte Maßnahmen Rahmenwerke');
    expect(text).toContain('Unterauftragsverarbeiter Zweck Verarbeitete Daten Standort Zertifizierungen');
    expect(text).toContain('Müller Rechenzentrum GmbH');
    expect(text).toContain('Zürcher Übersetzungsbüro AG Übersetzung von Dokumentation');
    expect(text).toContain('ISO/IEC 27001: A.8.24 BSI C5: KRY-02 GDPR: Art. 32');
    expect(text).toContain('Interne Sicherheitsrichtlinie: IS-7');
  });

  it('numbers the German NDA as a contract: Ziffer cross-references, (a) sub-lists, the stamp once on every page', () => {
    const text = normalise(nda.text);
    expect(text).toContain('1 Vertrauliche Informationen 1.1 „Vertrauliche Informationen“ sind alle Informationen');
    expect(text).toContain('1.2 Nicht vertraulich sind Informationen, die: öffentlich bekannt sind oder ohne Verstoß gegen diese Vereinbarung werden;(a)');
    expect(text).toContain('3 Laufzeit 3.1 Die Pflichten nach Ziffer 2 gelten bis zwei Jahre nach dem Ende dieser Vereinbarung.');
    for (const page of nda.pages) expect(normalise(page).match(/Erstellt für Müller Logistik GmbH am 20\. November 2026/g)).toHaveLength(1);
  });

  it('starts each Anhang and Anlage of the DPA on a page of its own, and labels the signatures in German', () => {
    // The template notice under the title moves the signatures, with their heading, to a page of their own.
    expect(dpa.pages.map((page) => normalise(page).slice(0, 20))).toEqual(['Vereinbarung zur Auf', 'Unterschriften Für N', 'Anhang 1: Technische', 'Anlage 2: Unterauftr']);
    expect(normalise(dpa.pages[1])).toContain(
      'Für Northwind Analytics GmbH Northwind Analytics GmbH Partei (Firma) Unterschrift Name der unterzeichnenden Person Funktion Datum Ort Für die Gegenpartei Müller Logistik GmbH Partei (Firma)',
    );
    expect(normalise(dpa.pages[0])).toContain('Vorlage: keine Rechtsberatung Vertraulich Seite 1 von 4');
  });

  it('fills German governing law into the NDA', () => {
    expect(normalise(nda.text)).toContain('Es gilt: Recht der Bundesrepublik Deutschland; Gerichtsstand ist Köln.');
  });

  it('writes the canonical framework ids to data/controls.json', () => {
    const data = JSON.parse(files.get('data/controls.json')!.toString('utf8')) as { controls: { id: string; frameworks: Record<string, string[]> }[] };
    expect(data.controls.map((c) => Object.keys(c.frameworks))).toEqual([
      ['iso27001', 'bsic5', 'gdpr'],
      ['iso27001', 'bsic5'],
      ['iso27001', 'bsic5', 'tisax'],
      ['iso22301', 'bsic5'],
      ['nis2', 'gdpr', 'internal-policy'],
    ]);
  });

  it('writes the language to the PDF metadata', () => {
    expect(whitepaper.language).toBe('de');
  });
});
