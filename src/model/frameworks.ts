import { didYouMean } from '../text/suggest';

/** A compliance framework a control can be mapped to: its canonical id, display name and other spellings. */
export interface Framework {
  /** The key written to data/controls.json, e.g. `iso27001`. */
  id: string;
  /** How documents name it, e.g. "ISO/IEC 27001". */
  name: string;
  /** Other ways authors write it; compared after normalisation, so case, spaces and punctuation do not matter. */
  aliases: readonly string[];
}

/** The frameworks the tool knows; a team adds its own under `frameworks:` in trust-package.yaml. */
export const FRAMEWORKS: readonly Framework[] = [
  { id: 'soc2', name: 'SOC 2', aliases: ['SOC 2 Type II', 'SOC 2 Type 2', 'AICPA TSC', 'Trust Services Criteria', 'TSC'] },
  { id: 'soc1', name: 'SOC 1', aliases: ['SSAE 18', 'ISAE 3402'] },
  { id: 'iso27001', name: 'ISO/IEC 27001', aliases: ['ISO 27001', '27001', 'ISO 27001:2022', 'ISO/IEC 27001:2022'] },
  { id: 'iso27002', name: 'ISO/IEC 27002', aliases: ['ISO 27002', '27002'] },
  { id: 'iso27017', name: 'ISO/IEC 27017', aliases: ['ISO 27017', '27017'] },
  { id: 'iso27018', name: 'ISO/IEC 27018', aliases: ['ISO 27018', '27018'] },
  { id: 'iso27701', name: 'ISO/IEC 27701', aliases: ['ISO 27701', '27701'] },
  { id: 'iso22301', name: 'ISO 22301', aliases: ['ISO/IEC 22301', '22301'] },
  { id: 'iso42001', name: 'ISO/IEC 42001', aliases: ['ISO 42001', '42001'] },
  { id: 'pcidss', name: 'PCI DSS', aliases: ['PCI', 'PCI-DSS', 'PCI DSS v4'] },
  { id: 'hipaa', name: 'HIPAA', aliases: ['HIPAA Security Rule'] },
  { id: 'hitrust', name: 'HITRUST CSF', aliases: ['HITRUST'] },
  { id: 'gdpr', name: 'GDPR', aliases: ['DSGVO', 'EU GDPR', 'RGPD'] },
  { id: 'ukgdpr', name: 'UK GDPR', aliases: [] },
  { id: 'ccpa', name: 'CCPA', aliases: ['CPRA'] },
  { id: 'nistcsf', name: 'NIST CSF', aliases: ['NIST Cybersecurity Framework', 'CSF'] },
  { id: 'nist80053', name: 'NIST SP 800-53', aliases: ['NIST 800-53', '800-53', 'SP 800-53'] },
  { id: 'nist800171', name: 'NIST SP 800-171', aliases: ['NIST 800-171', '800-171'] },
  { id: 'cis', name: 'CIS Controls', aliases: ['CIS', 'CIS CSC', 'CIS Critical Security Controls'] },
  { id: 'csaccm', name: 'CSA CCM', aliases: ['CCM', 'Cloud Controls Matrix'] },
  { id: 'csastar', name: 'CSA STAR', aliases: ['STAR'] },
  { id: 'bsic5', name: 'BSI C5', aliases: ['C5', 'BSI-C5'] },
  { id: 'tisax', name: 'TISAX', aliases: ['VDA ISA'] },
  { id: 'dora', name: 'DORA', aliases: ['Digital Operational Resilience Act'] },
  { id: 'nis2', name: 'NIS2', aliases: ['NIS 2', 'NIS-2 Directive'] },
  { id: 'fedramp', name: 'FedRAMP', aliases: [] },
  { id: 'cyberessentials', name: 'Cyber Essentials', aliases: ['Cyber Essentials Plus', 'CE+'] },
  { id: 'cmmc', name: 'CMMC', aliases: [] },
  { id: 'irap', name: 'IRAP', aliases: [] },
];

/** A team's own framework, as trust-package.yaml declares it under `frameworks:`. */
export interface CustomFramework {
  name: string;
  aliases?: readonly string[];
}

/** `SOC 2`, `soc2`, `SOC-2` and `Soc 2` become one key: lower case, letters and digits only. */
export function frameworkKey(written: string): string {
  return written
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** Every framework a package may name, looked up by any spelling of its id, name or aliases. */
export class FrameworkCatalogue {
  private readonly byKey = new Map<string, Framework>();
  private readonly byId = new Map<string, Framework>();

  /** The built-in frameworks plus the team's; a team's entry replaces a built-in one with the same id. */
  constructor(custom: Readonly<Record<string, CustomFramework>> = {}) {
    const own = Object.entries(custom).map(([id, f]): Framework => ({ id, name: f.name, aliases: f.aliases ?? [] }));
    for (const framework of [...FRAMEWORKS, ...own]) {
      this.byId.set(framework.id, framework);
      for (const spelling of [framework.id, framework.name, ...framework.aliases]) this.byKey.set(frameworkKey(spelling), framework);
    }
  }

  /** The framework an author's key means, or undefined when it names none. */
  resolve(written: string): Framework | undefined {
    return this.byKey.get(frameworkKey(written));
  }

  /** The display name of a canonical id; an id the catalogue lacks is shown as written. */
  name(id: string): string {
    return this.byId.get(id)?.name ?? id;
  }

  /** The closest known name to a key that names no framework, for a did-you-mean. */
  suggest(written: string): string | undefined {
    const match = didYouMean(frameworkKey(written), [...this.byKey.keys()]);
    return match === undefined ? undefined : this.byKey.get(match)?.name;
  }

  /** Every id, in catalogue order. */
  ids(): string[] {
    return [...this.byId.keys()];
  }
}
