import path from 'node:path';
import { loadContent, type Content } from '../../src/load';
import { Diagnostics, formatDiagnostic, sortDiagnostics } from '../../src/diagnostics';
import { testdir } from '../helpers/testdir';

/** The example configuration of content.md, complete and valid. */
export const CONFIG = `company:
  name: Tesults
  legalName: Tesults Ltd
  website: https://www.tesults.com
  securityContact: help@tesults.com
document:
  title: Security and Compliance Overview
  reviewDate: 2026-06-26
  classification: Confidential
brand:
  primaryColor: "#1F3A5F"
  accentColor: "#208479"
`;

export const CONTROLS = `- id: data-in-transit
  area: Data in transit
  control: TLS 1.2 or later everywhere.
  frameworks:
    soc2: [CC6.7]
    iso27001: [A.8.24]
`;

export const SUBPROCESSORS = `- name: Amazon Web Services, Inc.
  purpose: Hosting
  data: All customer data
  location: EU (Ireland)
  certifications: [SOC 2 Type II, ISO 27001]
  website: https://aws.amazon.com
`;

/** A minimal valid content folder; override or add files by path (relative to the project root). */
export function project(overrides: Record<string, string | Buffer | undefined> = {}): Record<string, string | Buffer> {
  const files: Record<string, string | Buffer | undefined> = {
    'content/trust-package.yaml': CONFIG,
    'content/sections/01-overview.md': '# Overview\n\nWe take security seriously.\n',
    'content/controls.yaml': CONTROLS,
    'content/subprocessors.yaml': SUBPROCESSORS,
    ...overrides,
  };
  return Object.fromEntries(Object.entries(files).filter((e): e is [string, string | Buffer] => e[1] !== undefined));
}

/** Diagnostics as the CLI prints them, sorted, one string each. */
export function lines(diagnostics: Diagnostics): string[] {
  return sortDiagnostics(diagnostics.items).map(formatDiagnostic);
}

/** Loads a project made of `project(overrides)`; returns the content and the diagnostic lines. */
export function load(overrides: Record<string, string | Buffer | undefined> = {}): { content: Content | undefined; lines: string[]; root: string } {
  const root = testdir(project(overrides));
  const diagnostics = new Diagnostics();
  const content = loadContent(path.join(root, 'content'), diagnostics);
  return { content, lines: lines(diagnostics), root };
}
