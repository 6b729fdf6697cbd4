const FRAMEWORK_NAMES: Record<string, string> = {
  soc2: 'SOC 2',
  iso27001: 'ISO 27001',
  iso27017: 'ISO 27017',
  iso27018: 'ISO 27018',
  iso27701: 'ISO 27701',
  nist80053: 'NIST 800-53',
  nistcsf: 'NIST CSF',
  pcidss: 'PCI DSS',
  hipaa: 'HIPAA',
  gdpr: 'GDPR',
  cis: 'CIS Controls',
  csastar: 'CSA STAR',
};

/** Display name of a framework key: known keys get their usual name, others are shown as written. */
export function frameworkName(key: string): string {
  return FRAMEWORK_NAMES[key.toLowerCase()] ?? key;
}
