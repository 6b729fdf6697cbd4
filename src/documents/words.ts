/**
 * Words the tool itself prints in documents for drafts, legal templates, notices and annexes, in
 * plain English and in one place, so that a translation can take them over as a whole.
 */
export const WORDS = {
  /** Printed across every page of a draft. */
  draftMark: 'DRAFT',
  /** The footer note of the legal templates while `legal.templateNotice` is on. */
  templateFooter: 'Template: not legal advice',
  /** The notice at the head of the legal templates while `legal.templateNotice` is on. */
  templateNoticeLead: 'Template notice.',
  templateNotice:
    'This is a template provided for convenience. It is not legal advice, and it may need changes for your situation ' +
    'or jurisdiction. Each party should have it reviewed by its own legal counsel before signing.',
} as const;

/** The parts of the description of processing (`::processing`, the DPA's Annex I), in the order printed. */
export const PROCESSING_WORDS = {
  subjectMatter: 'Subject matter',
  duration: 'Duration',
  nature: 'Nature of the processing',
  purposes: 'Purposes',
  dataSubjects: 'Categories of data subjects',
  dataCategories: 'Types of personal data',
  specialCategories: 'Special categories of data',
  retention: 'Retention and deletion',
  locations: 'Where the data is processed',
  /** The lead-in of the locations, which come from the subprocessor list. */
  locationsLead: 'Customer Personal Data is processed in the following locations, as the sub-processors in Annex III show:',
  /** The label of the fill-in line printed for an item trust-package.yaml leaves out. */
  missing: 'To be completed',
} as const;
