import { AlignmentType, LevelFormat } from 'docx';
import type { INumberingOptions } from 'docx';

/**
 * Word list definitions for the clerk's own bullet and numbered lists in minute text. Each numbered list in a
 * minute gets its own `instance`, so numbering restarts at 1 for every list (see RichTextContext).
 */
export const bulletListReference = 'chamber-bullets';
export const orderedListReference = 'chamber-ordered';

/** How far a list's text stands in at each level, and how far its bullet or number hangs before it. */
export const listIndentTwips = (level: number): number => 567 * (level + 1);
export const listHangingTwips = 360;

const indents = [0, 1, 2, 3].map((level) => ({ left: listIndentTwips(level), hanging: listHangingTwips }));

export const listNumbering: INumberingOptions = {
  config: [
    {
      reference: bulletListReference,
      levels: indents.map((indent, level) => ({
        level,
        format: LevelFormat.BULLET,
        text: ['\u2022', '\u2013', '\u25E6', '\u2022'][level] ?? '\u2022',
        alignment: AlignmentType.LEFT,
        style: { paragraph: { indent } },
      })),
    },
    {
      reference: orderedListReference,
      levels: indents.map((indent, level) => ({
        level,
        format: [LevelFormat.DECIMAL, LevelFormat.LOWER_LETTER, LevelFormat.LOWER_ROMAN, LevelFormat.DECIMAL][
          level
        ],
        text: [`%1.`, `(%2)`, `%3.`, `%4.`][level] ?? '%1.',
        alignment: AlignmentType.LEFT,
        style: { paragraph: { indent } },
      })),
    },
  ],
};
