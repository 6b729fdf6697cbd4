import type { LintRule } from './rule';

/** A control mapped to no framework shows "None mapped" in the matrix, which reviewers will ask about. */
export const controlWithoutFrameworks: LintRule = {
  id: 'controls/no-frameworks',
  check(ctx) {
    for (const control of ctx.model.content.controls) {
      // A cell that could not be read has its own error; "maps to no framework" would be false.
      if (control.frameworksUnread || Object.values(control.frameworks).some((refs) => refs.length > 0)) continue;
      const example = control.at.file.endsWith('.csv') ? 'a frameworks cell, e.g. "soc2: CC6.1; iso27001: A.8.24"' : 'frameworks, e.g. { soc2: [CC6.1] }';
      ctx.report(control.at, `Control "${control.id}" maps to no framework, so the matrix shows "None mapped"; add ${example}, or turn this rule off`, {
        expected: 'at least one framework reference',
        actual: 'none',
      });
    }
  },
};
