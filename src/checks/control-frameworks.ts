import type { LintRule } from './rule';

/** A control mapped to no framework shows "None mapped" in the matrix, which reviewers will ask about. */
export const controlWithoutFrameworks: LintRule = {
  id: 'controls/no-frameworks',
  check(ctx) {
    for (const control of ctx.model.content.controls) {
      if (Object.values(control.frameworks).some((refs) => refs.length > 0)) continue;
      ctx.report(control.at, `Control "${control.id}" maps to no framework, so the matrix shows "None mapped"; add frameworks, e.g. { soc2: [CC6.1] }, or turn this rule off`, {
        expected: 'at least one framework reference',
        actual: 'none',
      });
    }
  },
};
