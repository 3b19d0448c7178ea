/** A colour as the settings and the published stylesheet take it: #rrggbb. */
export const hexColourPattern = /^#[0-9a-f]{6}$/i;

function channel(value: number): number {
  const scaled = value / 255;
  return scaled <= 0.03928 ? scaled / 12.92 : ((scaled + 0.055) / 1.055) ** 2.4;
}

function luminance(hex: string): number {
  const [red, green, blue] = [1, 3, 5].map((at) => channel(parseInt(hex.slice(at, at + 2), 16)));
  return 0.2126 * (red ?? 0) + 0.7152 * (green ?? 0) + 0.0722 * (blue ?? 0);
}

/**
 * WCAG 2's contrast ratio between two #rrggbb colours, from 1 (the same) to 21 (black on white). Text on the
 * council's pages needs 4.5 or more (WCAG 2.2 AA, which the accessibility regulations require).
 *
 * @example contrastRatio('#ffffff', '#1d3557') // 12.0 (to one decimal place)
 */
export function contrastRatio(first: string, second: string): number {
  const [lighter, darker] = [luminance(first), luminance(second)].sort((a, b) => b - a);
  return ((lighter ?? 0) + 0.05) / ((darker ?? 0) + 0.05);
}

export const minimumTextContrast = 4.5;
