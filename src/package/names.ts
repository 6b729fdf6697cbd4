import { FILE_SLUG_MAX, slug } from '../text/slug';

/** A name in lower case as file names carry it: `Société Générale` -> `societe-generale`. */
export function fileSlug(name: string, fallback = 'company'): string {
  return slug(name, { lower: true, fallback, max: FILE_SLUG_MAX });
}

/** `<company>-trust-package-<reviewDate>.zip`, per the content contract. */
export function packageZipName(company: string, reviewDate: string): string {
  return `${fileSlug(company)}-trust-package-${reviewDate}.zip`;
}

/** The zip name a recipient receives: the package's name with the recipient's slug appended. */
export function editionZipName(company: string, reviewDate: string, recipient: string): string {
  return `${fileSlug(company)}-trust-package-${reviewDate}-${fileSlug(recipient, 'recipient')}.zip`;
}

/** `<company>-subprocessor-change-notice-<version>[-<recipient>].pdf`. */
export function noticeFileName(company: string, version: string, recipient?: string): string {
  return `${fileSlug(company)}-subprocessor-change-notice-${version}${recipient === undefined ? '' : `-${fileSlug(recipient, 'recipient')}`}.pdf`;
}
