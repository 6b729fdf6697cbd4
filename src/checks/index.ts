export { fontCoverage, type FontCoverage, type FaceCoverage } from './font-coverage';
export type { LintContext, LintRule, LintSettings } from './rule';
export { lintRules } from './rules';
export { lintModel } from './run';
export { applyRuleSettings } from './severity';
export { pdfTexts, type TextItem, type Face } from './texts';
export { checkRecipientGlyphs, undrawable } from './recipient-glyphs';
