import { RULE_REGISTRY, type Diagnostics } from '../diagnostics';
import type { PackageModel } from '../model';
import type { LintContext, LintSettings } from './rule';
import { lintRules } from './rules';
import { SourceIndex } from './source-index';
import { pdfTexts } from './texts';

/** Runs every content check over the model; findings go to `diagnostics` with each rule's default severity. */
export function lintModel(model: PackageModel, diagnostics: Diagnostics, settings: LintSettings): void {
  const { content } = model;
  const files = [...content.sections, content.legal.nda, content.legal.dpa].flatMap((f) => (f ? [f] : []));
  const sources = new Map(files.map((f) => [f.file, new SourceIndex(f.file, f.text)]));
  const texts = pdfTexts(model, sources);
  for (const rule of lintRules) {
    if (settings.ruleSettings?.[rule.id] === 'off') continue;
    const ctx: LintContext = {
      model,
      settings,
      texts,
      sources,
      report: (at, message, extra = {}) => diagnostics.add({ ...at, ruleId: rule.id, severity: RULE_REGISTRY[rule.id].severity, message, ...extra }),
    };
    rule.check(ctx);
  }
}
