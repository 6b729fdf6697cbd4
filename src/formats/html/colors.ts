/** WCAG 2.2 AA minimum contrast for normal text. */
export const TEXT_CONTRAST = 4.5;

function channels(hex: string): [number, number, number] {
  const h = hex.replace('#', '');
  const full = h.length === 3 ? [...h].map((c) => c + c).join('') : h;
  return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as [number, number, number];
}

function toHex(rgb: readonly number[]): string {
  return `#${rgb.map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`.toUpperCase();
}

/** Relative luminance as WCAG defines it. */
export function luminance(hex: string): number {
  const [r, g, b] = channels(hex).map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The WCAG contrast ratio of two colours, 1 to 21. */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** Black or white, whichever reads better on `background`. */
export function textOn(background: string): string {
  return contrast(background, '#FFFFFF') >= contrast(background, '#000000') ? '#FFFFFF' : '#000000';
}

/**
 * `color` itself when it has enough contrast with `background`, else the nearest shade of it that has:
 * mixed towards black on a light background, towards white on a dark one. Brand colours stay recognisable.
 */
export function readableOn(color: string, background: string, ratio = TEXT_CONTRAST): string {
  if (contrast(color, background) >= ratio) return color.toUpperCase();
  const target = luminance(background) > 0.5 ? [0, 0, 0] : [255, 255, 255];
  const from = channels(color);
  for (let step = 1; step <= 20; step++) {
    const mixed = toHex(from.map((v, i) => v + ((target[i] - v) * step) / 20));
    if (contrast(mixed, background) >= ratio) return mixed;
  }
  return toHex(target);
}
