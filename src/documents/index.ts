export { documentBlocks, plain, startsWithAnnexWord, type DirectiveData } from './blocks';
export { asDraft, documentDate, documentMeta, documentNames, documentStrings, documentTitle, packageDocuments, type EditionMark } from './package';
export { addDays, noticeDates, noticeDocument, type Addressee } from './notice';
export { flowBlocks, flowDocument } from './flow';
export { typesetDocument, typesetRuns, type TypeSettings } from './typeset';
