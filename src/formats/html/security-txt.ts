import type { Config } from '../../load/types';

/** `date` plus `months`, clamped to the month's last day (31 January + 1 month is 28 or 29 February), in UTC. */
export function addMonths(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number);
  const last = new Date(Date.UTC(year, month - 1 + months + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month - 1 + months, Math.min(day, last))).toISOString().slice(0, 10);
}

/**
 * `.well-known/security.txt` as RFC 9116 defines it: Contact (a mailto: or https URI) and Expires are
 * required; Expires is the end of the content's shelf life, the review date plus document.maxAgeMonths.
 */
export function securityTxt(config: Config, base?: string): string {
  const contact = config.company.securityContact;
  const uri = /^https?:/i.test(contact) ? contact : `mailto:${contact}`;
  const expires = addMonths(config.document.reviewDate, config.document.maxAgeMonths ?? 12);
  const lines = [
    `# Security contact of ${config.company.name}, from the trust package reviewed on ${config.document.reviewDate}.`,
    `Contact: ${uri}`,
    `Expires: ${expires}T00:00:00.000Z`,
    `Preferred-Languages: ${config.document.language}`,
    ...(base ? [`Canonical: ${base}.well-known/security.txt`] : []),
    '',
  ];
  return lines.join('\n');
}
