export { documentBlocks, plain, startsWithAnnexWord, type DirectiveData } from './blocks';
export { documentDate, documentMeta, documentNames, documentStrings, documentTitle, packageDocuments, type EditionMark } from './package';
export { addDays, noticeDates, noticeDocument, type Addressee } from './notice';
