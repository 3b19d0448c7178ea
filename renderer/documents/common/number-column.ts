import { indentTwips } from './paragraphs';

/** Widths of Arial's characters at the house's 11 pt body size, in twips (Liberation Sans has the same). */
const narrow = /[.,:;/()[\]il'|]/;
const digit = /\d/;
const capital = /[A-Z]/;

/** About how wide a number such as "0655/25.10" prints in the body font, in twips. */
export function numberWidthTwips(number: string): number {
  return [...number].reduce((width, character) => {
    if (narrow.test(character)) return width + 68;
    if (digit.test(character)) return width + 123;
    if (capital.test(character)) return width + 148;
    return width + 123;
  }, 0);
}

/** The least gap between a number and its text (2 mm): "0655/25.10" must not run into "Point 10". */
const leastGap = 113;

/**
 * How many 1 cm steps a column of paragraph numbers takes, at least two (2 cm, where a minute heading's title
 * stands), so the widest number and a gap fit before the text; every number of the minute then shares it.
 *
 * @example numberColumnLevels('2.10') // 2; numberColumnLevels('0655/25.10') // 3
 */
export function numberColumnLevels(widest: string): number {
  const needed = numberWidthTwips(widest) + leastGap;
  return Math.max(2, Math.ceil(needed / indentTwips(1)));
}
