import type { LintRule } from './rule';

/** WCAG 2 AA: normal-size text needs a contrast ratio of at least 4.5:1 against its background. */
export const AA_CONTRAST = 4.5;

/** The WCAG 2 contrast ratio of two `#RRGGBB` or `#RGB` colours, from 1 (none) to 21 (black on white). */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

function channels(color: string): number[] {
  const hex = color.replace('#', '');
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
  return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16));
}

function luminance(color: string): number {
  const [r, g, b] = channels(color).map((v) => {
    const c = v / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The colour darkened in steps of 2% until it reaches AA against white: a suggestion that keeps its hue. */
function darkened(color: string): string {
  const base = channels(color);
  for (let factor = 1; factor > 0; factor -= 0.02) {
    const candidate = `#${base.map((v) => Math.round(v * factor).toString(16).padStart(2, '0')).join('').toUpperCase()}`;
    if (contrastRatio(candidate, '#FFFFFF') >= AA_CONTRAST) return candidate;
  }
  return '#000000';
}

/** The accent colour prints the classification in every page header, on white: it must stay readable. */
export const accentContrast: LintRule = {
  id: 'brand/accent-contrast',
  check(ctx) {
    const { config, configPositions } = ctx.model.content;
    const accent = config.brand.accentColor;
    const ratio = contrastRatio(accent, '#FFFFFF');
    if (ratio >= AA_CONTRAST) return;
    ctx.report(
      configPositions.of('brand.accentColor'),
      `brand.accentColor ${accent} has a contrast of ${ratio.toFixed(2)}:1 against white, below the ${AA_CONTRAST}:1 WCAG AA asks of text; ` +
        `it prints the classification in every page header, so choose a darker accent such as "${darkened(accent)}"`,
      { expected: `at least ${AA_CONTRAST}:1`, actual: `${ratio.toFixed(2)}:1` },
    );
  },
};
