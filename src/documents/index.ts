export { documentBlocks, plain, type DirectiveData } from './blocks';
export { asDraft, documentMeta, documentNames, documentTitle, packageDocuments, type EditionMark } from './package';
export { addDays, noticeDates, noticeDocument, type Addressee } from './notice';
export { WORDS } from './words';
export { typesetDocument, typesetRuns, type TypeSettings } from './typeset';
