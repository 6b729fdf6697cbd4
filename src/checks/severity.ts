import type { Positions } from '../load/positions';
import { didYouMean } from '../text/suggest';
import type { Config } from '../load/types';
import type { Diagnostics } from '../diagnostics';
import { RULES } from '../diagnostics';

/**
 * Applies `rules:` from trust-package.yaml to every finding so far: `off` drops a rule's findings,
 * `warning` and `error` set their severity. An unknown rule id, or an attempt to turn off or lower a
 * rule that guards against lost content, is itself an error at its key.
 */
export function applyRuleSettings(config: Config, positions: Positions, diagnostics: Diagnostics): void {
  const settings = new Map<string, 'off' | 'warning' | 'error'>();
  for (const [id, setting] of Object.entries(config.rules)) {
    const at = positions.of(`rules.${id}`);
    const rule = RULES.get(id);
    if (!rule) {
      const suggestion = didYouMean(id, [...RULES.keys()]);
      diagnostics.error(at, 'config/unknown-rule', `rules names an unknown rule "${id}"; ${suggestion ? `did you mean "${suggestion}"?` : 'see docs/rules.md for the rule ids'}`, {
        expected: 'a rule id from docs/rules.md',
        actual: JSON.stringify(id),
      });
      continue;
    }
    if (rule.fixed && setting !== 'error') {
      diagnostics.error(at, 'config/rule-fixed', `rule "${id}" cannot be set to ${setting}: ${rule.fixed}; fix what it reports instead`, {
        expected: 'error, or no entry',
        actual: setting,
      });
      continue;
    }
    settings.set(id, setting);
  }
  if (settings.size === 0) return;
  const kept = diagnostics.items.filter((d) => settings.get(d.ruleId) !== 'off');
  for (const d of kept) {
    const setting = settings.get(d.ruleId);
    if (setting === 'warning' || setting === 'error') d.severity = setting;
  }
  diagnostics.items.splice(0, diagnostics.items.length, ...kept);
}
