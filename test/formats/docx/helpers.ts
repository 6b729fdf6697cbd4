import path from 'node:path';
import zlib from 'node:zlib';
import { renderDocuments, type RenderedDocument } from '../../../src/commands/documents';
import { loadModel } from '../../../src/commands/validate';
import { Diagnostics } from '../../../src/diagnostics';
import type { EditionMark } from '../../../src/documents';
import { readImage, readImages } from '../../../src/load/assets';
import { readFonts } from '../../../src/load/fonts';
import { readZip } from '../../../src/package/unzip';
import { files, TODAY } from '../../checks/helpers';
import { lines } from '../../load/fixtures';
import { testdir } from '../../helpers/testdir';

/** The document date every test renders with: the fixture's review date at noon UTC. */
export const DATE = new Date('2026-06-26T12:00:00Z');

export const CONTROLS = `- id: data-in-transit
  area: Data in transit
  control: TLS 1.2 or later everywhere.
  frameworks:
    soc2: [CC6.7]
- id: access
  area: Access & identity
  control: Single sign-on with **hardware** keys for staff & contractors.
  frameworks:
    iso27001: [A.5.15]
- id: logging
  area: Audit logging
  control: Every change is logged and kept for a year.
  frameworks:
    soc2: [CC7.2]
`;

export const SUBPROCESSORS = `- name: Amazon Web Services, Inc.
  purpose: Hosting
  data: All customer data
  location: EU (Ireland)
  certifications: [SOC 2 Type II, ISO 27001]
  website: https://aws.amazon.com
- name: Société Générale & Fils
  purpose: Payments
  data: Billing contacts
  location: France
  certifications: [PCI DSS]
- name: Zendesk, Inc.
  purpose: Support tickets
  data: Names and emails of users who write in
  location: United States
  certifications: [SOC 2 Type II]
  website: https://www.zendesk.com
`;

export const NDA = `# Mutual Non-Disclosure Agreement

> **Template notice.** Not legal advice.

## 1. Parties

1.1 This Agreement is made between {{company.legalName}} and the organisation named below (see [Term](#2-term)).

::field{label="Counterparty legal name" key="counterparty.name"}

::field{label="Effective date"}

## 2. Term

Information is not confidential if it:

1. is public;
2. was already known; or
3. was developed independently.

Each Party keeps:

- its own records;
- its own advisers.

Questions go to [our team](https://www.tesults.com/contact).

## Signatures

::signatures
`;

export const DPA = `# Data Processing Agreement

## 1. Scope

1.1 This DPA covers the personal data {{company.name}} processes.

::field{label="Customer legal name (controller)" key="counterparty.name"}

## Signatures

::signatures

![Data flow between the services](../../assets/flow.png)

![Network diagram](../../assets/network.svg)

# Annex II: Technical and organisational measures

::controls

# Annex III: Sub-processors

::subprocessors
`;

/** The project files of the fixture: the lint fixture with richer controls, subprocessors and legal templates. */
export function docxFiles(overrides: Record<string, string | Buffer | undefined> = {}): Record<string, string | Buffer> {
  return files({
    'content/controls.yaml': CONTROLS,
    'content/subprocessors.yaml': SUBPROCESSORS,
    'content/legal/nda.md': NDA,
    'content/legal/dpa.md': DPA,
    'assets/flow.png': png(40, 20),
    'assets/network.svg': '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect width="40" height="20" fill="#1F3A5F"/></svg>',
    ...overrides,
  });
}

/** Loads a project tree and renders its documents in this process. */
export async function renderProject(root: string, edition?: EditionMark): Promise<RenderedDocument[]> {
  const diagnostics = new Diagnostics();
  const model = loadModel(path.join(root, 'content'), diagnostics, { today: TODAY });
  // The fixture is meant to be clean: a finding would mean a test reads output built from broken input.
  if (!model || diagnostics.items.length > 0) throw new Error(`the fixture has findings:\n${lines(diagnostics).join('\n')}`);
  const { config } = model.content;
  const assets = { images: readImages(root, model.images), ...(config.brand.logo ? { logo: readImage(root, config.brand.logo) } : {}) };
  return renderDocuments(model, assets, readFonts(root, config.brand.fonts), DATE, edition);
}

/** Renders the fixture with `overrides` in a fresh folder. */
export async function renderFixture(overrides: Record<string, string | Buffer | undefined> = {}, edition?: EditionMark): Promise<RenderedDocument[]> {
  return renderProject(testdir(docxFiles(overrides)), edition);
}

/** The one rendered document whose path ends with `suffix`. */
export function pick(documents: readonly RenderedDocument[], suffix: string): Buffer {
  const found = documents.filter((d) => d.path.endsWith(suffix));
  if (found.length !== 1) throw new Error(`expected one document ending ${suffix}, got ${documents.map((d) => d.path).join(', ')}`);
  return found[0].bytes;
}

/** The parts of a .docx as text, by path, read back with yauzl. */
export async function docxParts(bytes: Buffer): Promise<Map<string, string>> {
  return new Map((await readZip(bytes, 'docx')).map((f) => [f.path, f.bytes.toString('utf8')]));
}

/** The text of every w:t element of an XML part, joined: what a reader of the part sees, without markup. */
export function xmlText(xml: string): string {
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decodeXml(m[1])).join('');
}

function decodeXml(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

/** A valid PNG of one colour, so that a word processor can draw it. */
export function png(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(zlib.crc32(body), 8 + data.length);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, no interlace
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3, 0x2b)]);
  const pixels = zlib.deflateSync(Buffer.concat(Array.from({ length: height }, () => row)));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', pixels), chunk('IEND', Buffer.alloc(0))]);
}
