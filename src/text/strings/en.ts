/**
 * Every word the tool itself prints in a document, in English. `{name}` marks a value filled in when the
 * text is used. Each language file must give every key (see strings.ts); a team overrides any of them under
 * `strings:` in trust-package.yaml.
 */
export const en = {
  // Dates: `{day}`, `{month}` (from `months`, January first) and `{year}`.
  months: 'January, February, March, April, May, June, July, August, September, October, November, December',
  longDate: '{day} {month} {year}',

  // The whitepaper's cover, contents and running footer.
  contents: 'Contents',
  lastReviewed: 'Last reviewed',
  lastReviewedNote: 'Last reviewed {date}',
  classification: 'Classification',
  version: 'Version',
  securityContact: 'Security contact',
  website: 'Website',
  pageLabel: 'Page {page} of {pages}',
  preparedFor: 'Prepared for {recipient}',
  editionStamp: 'Prepared for {recipient} on {date} · ID {id}',
  whitepaperSubject: '{title} of {company}',

  // The document control block on the whitepaper's cover.
  documentControl: 'Document control',
  owner: 'Owner',
  approvedBy: 'Approved by',
  nextReview: 'Next review',
  nextReviewBy: 'by {date}',
  // Printed across every page of a draft, and before its subject.
  draftMark: 'DRAFT',

  // The legal templates.
  templateNotice: 'Template: not legal advice',
  templateNoticeLead: 'Template notice.',
  templateNoticeText:
    'This is a template provided for convenience. It is not legal advice, and it may need changes for your situation ' +
    'or jurisdiction. Each party should have it reviewed by its own legal counsel before signing.',
  // The description of processing (::processing, the DPA's Annex I).
  processingSubjectMatter: 'Subject matter',
  processingDuration: 'Duration',
  processingNature: 'Nature of the processing',
  processingPurposes: 'Purposes',
  processingDataSubjects: 'Categories of data subjects',
  processingDataCategories: 'Types of personal data',
  processingSpecialCategories: 'Special categories of data',
  processingRetention: 'Retention and deletion',
  processingLocations: 'Where the data is processed',
  processingLocationsLead: 'Customer Personal Data is processed in the following locations, as the sub-processors in Annex III show:',
  processingMissing: 'To be completed',
  templateSubject: '{title} template of {legalName}',
  ndaTitle: 'Mutual Non-Disclosure Agreement',
  dpaTitle: 'Data Processing Agreement',
  // Level-1 headings that start with one of these words begin a page of their own (comma-separated).
  annexWords: 'Annex, Appendix, Schedule, Exhibit',
  signatureFor: 'For {party}',
  signatureCompany: 'the Company',
  signatureCounterparty: 'For the Counterparty',
  signatureParty: 'Party (legal name)',
  signatureSignature: 'Signature',
  signatureName: 'Name of signatory',
  signatureTitle: 'Title',
  signatureDate: 'Date',
  signaturePlace: 'Place',

  // The generated tables.
  controlArea: 'Control area',
  controlInPlace: 'What is in place',
  controlFrameworks: 'Framework references',
  noneMapped: 'None mapped',
  subprocessorName: 'Subprocessor',
  subprocessorPurpose: 'Purpose',
  subprocessorData: 'Data processed',
  subprocessorLocation: 'Location',
  subprocessorCertifications: 'Certifications',
  subprocessorProcessing: 'Description of processing',
  subprocessorTransfer: 'Transfer mechanism',
  subprocessorContact: 'Contact',
  notStated: 'Not stated',
  noneStated: 'None stated',

  // The sub-processor change notice.
  noticeTitle: 'Sub-processor change notice',
  noticeNote: 'Notice of {date}',
  noticeSubject: '{title} of {legalName}, {date}',
  noticeTo: 'To',
  noticeFrom: 'From',
  noticeDate: 'Date of notice',
  noticeEffective: 'Changes take effect',
  noticeObjection: 'Objection period',
  noticeObjectionValue: '{days} days, until {date}',
  noticeContact: 'Contact',
  noticeCompared: 'Versions compared',
  noticeComparedValue: '{from} and {to}',
  noticeIntro:
    '{legalName} gives notice of the following changes to the sub-processors that process Customer Personal Data, as the Data Processing Agreement provides. ' +
    'The changes take effect on {effective}, {days} days after this notice. You may object to a change on reasonable grounds relating to data protection ' +
    'by writing to {contact} within {days} days of this notice, that is by {effective}.',
  noticeAdded: 'New sub-processors',
  noticeRemoved: 'Sub-processors no longer used',
  noticeChanged: 'Changes to existing sub-processors',
  noticeNone: 'None.',
  noticeEmptyValue: '(none)',
  noticeName: 'Name',
  noticePurpose: 'Purpose',
  noticeData: 'Data',
  noticeLocation: 'Location',
  noticeSubprocessor: 'Sub-processor',
  noticeField: 'Field',
  noticeBefore: 'Before',
  noticeAfter: 'After',
  noticeOther: 'Other changes to the security package',
  noticeOtherIntro: 'The security overview of {date} also has these changes:',
  noticeControlAdded: 'New control: {area} ({id})',
  noticeControlRemoved: 'Control removed: {area} ({id})',
  noticeControlChanged: 'Control updated: {area} ({id}): {fields}',
  noticeSectionAdded: 'New section: {heading}',
  noticeSectionRemoved: 'Section removed: {heading}',
  noticeSectionChanged: 'Section updated: {heading} ({summary})',
};

/** The words of one language: every key of en.ts, so that a language missing one does not compile. */
export type Strings = { readonly [K in keyof typeof en]: string };
