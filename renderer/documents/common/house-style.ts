/**
 * The house style of council papers (DOMAIN.md): plain Arial, 11 or 12 point, bold headings, A4 with
 * generous margins. Every builder takes its sizes from here so the documents read as one set.
 * Sizes are in half-points (docx's unit for font size) and twips (1/20 pt) for spacing and margins.
 */
export const houseFont = 'Arial';
export const bodySize = 22; // 11 pt
export const headingSize = 28; // 14 pt
export const titleSize = 32; // 16 pt
export const smallSize = 18; // 9 pt

/** A4 in twips, with 2 cm margins: what council printers are set up for. */
export const a4 = { width: 11906, height: 16838 } as const;
export const margins = {
  top: 1134,
  right: 1134,
  bottom: 1134,
  left: 1134,
  header: 567,
  footer: 567,
} as const;

/** Space after a body paragraph, in twips (6 pt). */
export const paragraphSpacingAfter = 120;
