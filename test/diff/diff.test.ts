import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normalise, readPdf } from '../helpers/pdf';
import { copyProject, removeProject, runCli } from '../helpers/project';

// Two archived versions of the default content: 2026-06-26, and 2026-09-30 with exactly these changes:
// Sentry added, Google removed, Stripe's purpose changed, data-in-transit's text changed, a line added
// to the Overview (whose "last reviewed" line changes with the review date too).
let project: string;

function edit(file: string, from: string | RegExp, to: string): void {
  const abs = path.join(project, file);
  const text = fs.readFileSync(abs, 'utf8');
  const next = text.replace(from, to);
  expect(next, `${file} edited`).not.toBe(text);
  fs.writeFileSync(abs, next);
}

beforeAll(() => {
  project = copyProject('trust-package-diff-');
  const build = (args: string[]) => {
    const result = runCli(['build', '--quiet', ...args], project);
    expect(result.status, result.stderr).toBe(0);
  };
  build(['--recipient', 'Acme Corp', '--email', 'security@acme.example', '--sent', '2026-07-01']);
  build(['--recipient', 'Initech', '--sent', '2026-07-02']);
  edit('content/subprocessors.yaml', 'purpose: Payment processing for paid plans', 'purpose: Payment processing and invoicing for paid plans');
  edit('content/subprocessors.yaml', /# EXAMPLE entry[\s\S]*$/, '');
  fs.appendFileSync(
    path.join(project, 'content/subprocessors.yaml'),
    '\n- name: Sentry, Inc.\n  purpose: Error monitoring\n  data: Stack traces\n  location: United States\n  certifications: [SOC 2]\n',
  );
  edit('content/controls.yaml', 'encrypted with TLS over HTTPS', 'encrypted with TLS 1.2 or later over HTTPS');
  edit('content/sections/01-overview.md', '## Who this document is for', 'We now also publish a status page.\n\n## Who this document is for');
  edit('content/trust-package.yaml', 'reviewDate: 2026-06-26', 'reviewDate: 2026-09-30');
  // Initech has since received the new version; Globex only ever received it.
  build(['--recipient', 'Initech', '--sent', '2026-10-01']);
  build(['--recipient', 'Globex Ltd', '--sent', '2026-10-02']);
}, 180_000);

afterAll(() => removeProject(project));

describe('diff', () => {
  it('reports exactly the changes made, as text', () => {
    const result = runCli(['diff', '2026-06-26', '2026-09-30'], project);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toBe(
      [
        'From 2026-06-26 (review date 26 June 2026)',
        '  to 2026-09-30 (review date 30 September 2026)',
        '',
        'Subprocessors: 1 added, 1 removed, 1 changed',
        '  + Sentry, Inc.: Error monitoring; Stack traces; United States',
        '  - Google LLC: Google OAuth single sign-on, for users who choose to sign in with a Google account',
        '  ~ Stripe, Inc.',
        '      purpose: "Payment processing for paid plans" -> "Payment processing and invoicing for paid plans"',
        'Controls: 0 added, 0 removed, 1 changed',
        '  ~ data-in-transit (Data in transit)',
        '      control: "All traffic is encrypted with TLS over HTTPS from end to end. This covers the web application, every results API and the language client libraries that upload results." -> "All traffic is encrypted with TLS 1.2 or later over HTTPS from end to end. This covers the web application, every results API and the language client libraries that upload results."',
        'Sections: 0 added, 0 removed, 1 changed',
        '  ~ Overview: +2 lines, -1 line',
        '      first change: + This document sets out how Tesults protects the data its customers entrust to it. It was last reviewed on 30 September 2026.',
        '',
        'Recipients to tell: 1 recipient whose latest edition is older than 2026-09-30',
        `  Acme Corp <security@acme.example>: 2026-06-26, sent 2026-07-01, ID ${idOf('Acme Corp')}`,
        '',
      ].join('\n'),
    );
  });

  it('reports the same changes as Markdown', () => {
    const result = runCli(['diff', '2026-06-26', '2026-09-30', '--format', 'md'], project);
    expect(result.status, result.stderr).toBe(0);
    const md = result.stdout;
    expect(md).toContain('| Sentry, Inc. | Error monitoring | Stack traces | United States |');
    expect(md).toContain('### Removed\n\n| Name | Purpose |\n|---|---|\n| Google LLC | Google OAuth single sign-on, for users who choose to sign in with a Google account |\n');
    expect(md).toContain('| Stripe, Inc. | purpose | Payment processing for paid plans | Payment processing and invoicing for paid plans |');
    expect(md).toContain('| data-in-transit (Data in transit) | control | All traffic is encrypted with TLS over HTTPS');
    expect(md).toContain('- Changed **Overview**: +2 lines, -1 line; first change: `+ This document sets out how Tesults');
    expect(md).toContain(`| Acme Corp | security@acme.example | 2026-06-26, sent 2026-07-01, ID ${idOf('Acme Corp')} |`);
    // Nothing else: one row per change in each table, and no other recipient.
    expect(md.match(/^\| (?!Name|Item|Recipient|---)/gm)).toHaveLength(5);
    expect(md).not.toMatch(/Initech|Globex|Amazon/);
  });

  it('writes a branded change notice with the dates, the objection period and the contact', async () => {
    const result = runCli(['diff', '2026-06-26', '2026-09-30', '--format', 'pdf'], project);
    expect(result.status, result.stderr).toBe(0);
    const file = path.join(project, 'out', 'tesults-subprocessor-change-notice-2026-09-30.pdf');
    expect(result.stdout).toContain('out/tesults-subprocessor-change-notice-2026-09-30.pdf');
    expect(result.stdout).toContain(`Acme Corp <security@acme.example>: 2026-06-26, sent 2026-07-01, ID ${idOf('Acme Corp')}`);
    expect(result.stdout).not.toMatch(/Initech|Globex/);
    const pdf = await readPdf(file);
    const text = normalise(pdf.text);
    expect(text).toContain('Sub-processor change notice');
    expect(text).toContain('Date of notice 30 September 2026');
    expect(text).toContain('Changes take effect 30 October 2026');
    expect(text).toContain('Objection period 30 days, until 30 October 2026');
    expect(text).toContain('Contact help@tesults.com');
    expect(text).toMatch(/New sub-processors Name Purpose Data Location Sentry, Inc\. Error monitoring Stack traces United States Sub-processors no longer used/);
    expect(text).toMatch(/no longer used Name Purpose Location Google LLC .+ United States Changes to existing/);
    expect(text).toContain('Stripe, Inc. purpose Payment processing for paid plans Payment processing and invoicing for paid plans');
    expect(text).toContain('Control updated: Data in transit (data-in-transit): control');
    expect(text).toContain('Section updated: Overview (+2 lines, -1 line)');
    expect(text).not.toMatch(/Amazon|Initech|Globex|Acme/);
    pdf.pages.forEach((page, i) => expect(normalise(page)).toContain(`Page ${i + 1} of ${pdf.pages.length}`));
    // Rebuilt, the notice is the same file byte for byte.
    const before = fs.readFileSync(file);
    expect(runCli(['diff', '2026-06-26', '2026-09-30', '--format', 'pdf'], project).status).toBe(0);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('writes one addressed copy of the notice for each recipient to tell, naming only that recipient', async () => {
    const result = runCli(['diff', '2026-06-26', '2026-09-30', '--format', 'pdf'], project);
    expect(result.status, result.stderr).toBe(0);
    const notices = fs.readdirSync(path.join(project, 'out')).filter((f) => f.startsWith('tesults-subprocessor-change-notice-2026-09-30'));
    expect(notices.sort()).toEqual(['tesults-subprocessor-change-notice-2026-09-30-acme-corp.pdf', 'tesults-subprocessor-change-notice-2026-09-30.pdf']);
    expect(result.stdout).toMatch(/\nAddressed copies:\n {2}out\/tesults-subprocessor-change-notice-2026-09-30-acme-corp\.pdf \(to Acme Corp, \d pages?\)\n$/);
    const text = normalise((await readPdf(path.join(project, 'out', notices[0]))).text);
    expect(text).toContain('To Acme Corp <security@acme.example> From Tesults Ltd');
    expect(text).toContain('Date of notice 30 September 2026');
    expect(text).not.toMatch(/Initech|Globex/);
  });

  it('reads a version from a zip as well as from the archive', () => {
    const zip = path.join(project, 'out', 'tesults-trust-package-2026-09-30.zip');
    const result = runCli(['diff', '2026-06-26', zip], project);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('Subprocessors: 1 added, 1 removed, 1 changed');
  });

  it('reports nothing between a version and itself', () => {
    const result = runCli(['diff', '2026-09-30', '2026-09-30'], project);
    expect(result.stdout).toContain('Subprocessors: 0 added, 0 removed, 0 changed\nControls: 0 added, 0 removed, 0 changed\nSections: 0 added, 0 removed, 0 changed');
  });

  it('says which versions the archive has when one is not there', () => {
    const result = runCli(['diff', '2026-01-01', '2026-09-30'], project);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('No archived package for 2026-01-01');
    expect(result.stderr).toContain('archived: 2026-06-26, 2026-09-30');
  });
});

function idOf(recipient: string): string {
  const lines = fs.readFileSync(path.join(project, 'out', 'archive', 'register.jsonl'), 'utf8').split('\n').filter(Boolean);
  return lines.map((l) => JSON.parse(l)).find((e) => e.recipient === recipient).documentId;
}

describe('diff with a broken configuration', () => {
  it('reports the configuration problem and compares nothing', () => {
    const broken = copyProject();
    try {
      const config = path.join(broken, 'content', 'trust-package.yaml');
      fs.writeFileSync(config, fs.readFileSync(config, 'utf8').replace('archive:', 'archve:').replace(/^legal:/m, 'archve:\n  dir: x\nlegal:'));
      const result = runCli(['diff', '2026-06-26', '2026-09-30'], broken);
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(/^content\/trust-package\.yaml:\d+:1 {2}error {2}unknown key "archve"; did you mean "archive"\?.*config\/unknown-key$/m);
      expect(result.stdout).toBe('');
    } finally {
      removeProject(broken);
    }
  });
});
