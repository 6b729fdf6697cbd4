import { RULES, type RuleSpec } from './rules';

const INTRO = `# Content rules

<!-- Written by \`make rules-doc\` from src/diagnostics/rules.ts; edit the registry, not this file. -->

\`make validate\` (and every \`make trust-package\`, before anything is written) reports each finding as

\`\`\`
content/sections/05-security-controls.md:12:41  error  Paragraph ends with a colon, but no list or table follows it; ... (expected ..., found ...)  content/dangling-colon
\`\`\`

Errors stop the build and leave \`out/\` untouched; warnings are printed and the build goes on. The
CLI exits 1 when there is an error (2 through \`make\`, which reports every failed recipe as 2).

## Changing a rule's severity

\`rules:\` in \`content/trust-package.yaml\` maps a rule id to \`off\`, \`warning\` or \`error\`:

\`\`\`yaml
rules:
  controls/no-frameworks: off          # we map frameworks in a separate document
  content/review-date-stale: error     # never send a stale package
  content/dangling-colon: warning      # report, but do not stop the build
\`\`\`

The setting applies to every finding of that rule, from whichever stage reports it (loader, Markdown
stage or content checks). An id that is not in the tables below is an error (\`config/unknown-rule\`),
with the closest id suggested.

Rules marked **fixed** cannot be set to \`off\` or \`warning\` (\`config/rule-fixed\`): their findings
mean that a file or value could not be read, an entry is left out of the documents, or rendering
would stop half way. Turning them off would not make the problem go away, only silent. Setting one to
\`error\` is allowed and changes nothing.
`;

const STAGES: { stage: RuleSpec['stage']; heading: string; intro?: string; fixColumn: boolean }[] = [
  { stage: 'checks', heading: 'Content checks (src/checks)', fixColumn: true },
  { stage: 'load', heading: 'Loading (src/load)', fixColumn: false },
  { stage: 'markdown', heading: 'Markdown (src/model/markdown)', fixColumn: false },
  {
    stage: 'recipients',
    heading: 'Recipients file (src/load/recipients.ts)',
    intro:
      '`make trust-package RECIPIENTS=recipients.csv` checks the file before building any edition. These findings\n' +
      'are about the recipients file, not the content, so `rules:` does not change them; every one stops the\nbuild.',
    fixColumn: false,
  },
];

/** docs/rules.md: every rule of the registry, by stage, with its default, what it catches and how to fix it. */
export function rulesDoc(): string {
  const parts = [INTRO];
  for (const { stage, heading, intro, fixColumn } of STAGES) {
    const rules = [...RULES.values()].filter((r) => r.stage === stage);
    // Rules with one summary are one row, as the loader's schema rules of a scope are.
    const rows: { ids: string[]; spec: RuleSpec }[] = [];
    for (const rule of rules) {
      const last = rows.at(-1);
      if (last && last.spec.summary === rule.summary && last.spec.severity === rule.severity && last.spec.fixed === rule.fixed) last.ids.push(rule.id);
      else rows.push({ ids: [rule.id], spec: rule });
    }
    const fixed = (spec: RuleSpec) => `${spec.severity}${spec.fixed && stage !== 'recipients' ? ', **fixed**' : ''}`;
    const lines = [`## ${heading}`, ''];
    if (intro) lines.push(intro, '');
    lines.push(fixColumn ? '| id | default | catches | how to fix |' : '| id | default | catches |', fixColumn ? '|---|---|---|---|' : '|---|---|---|');
    for (const { ids, spec } of rows) {
      const cells = [ids.map((id) => `\`${id}\``).join(', '), fixed(spec), spec.summary, ...(fixColumn ? [spec.fix ?? ''] : [])];
      lines.push(`| ${cells.join(' | ')} |`);
    }
    parts.push(`${lines.join('\n')}\n`);
  }
  return parts.join('\n');
}
