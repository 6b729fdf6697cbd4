export { documentBlocks, plain, type DirectiveData } from './blocks';
export { documentMeta, documentNames, documentTitle, packageDocuments, type EditionMark } from './package';
export { addDays, noticeDates, noticeDocument, type Addressee } from './notice';
export { typesetDocument, typesetRuns, type TypeSettings } from './typeset';
