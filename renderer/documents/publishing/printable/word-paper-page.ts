import { escapeHtml } from '../html';
import type { RenderedWordPaper } from './word-paper-render';
import { runningHeadsCss, type RunningHeads } from './word-running-heads';

/** Room at the foot of every page for the pack's "Page N" (pack-page-numbers.ts draws it 8 mm up). */
const leastBottomMargin = '16mm';
/** With the paper's own footer as well, room for it above the pack's number. */
const leastBottomMarginWithFooter = '24mm';

/**
 * The print engine lays the paper out on A4 with the paper's own margins: docx-preview's Word pages become blocks
 * that start a new printed page (as Word's page breaks do) and run on over as many pages as their text needs.
 * docx-preview draws each Word page as a box of the Word page's size with its margins as padding, for the screen;
 * printed as it is, a Word page longer than one sheet would lose its margins on the sheets after the first. A
 * landscape section (a wide budget table) prints on A4 turned, as Word prints it.
 */
function printedPageStyle(margins: RenderedWordPaper['margins'], footer: boolean): string {
  const bottom = `max(${margins.bottom}, ${footer ? leastBottomMarginWithFooter : leastBottomMargin})`;
  const margin = `${margins.top} ${margins.right} ${bottom} ${margins.left}`;
  return `
@page { size: A4; margin: ${margin}; }
@page landscape { size: A4 landscape; margin: ${margin}; }
section.docx-landscape { page: landscape; }
html, body { margin: 0; padding: 0; background: #fff; }
section.docx { display: block !important; width: auto !important; min-height: 0 !important; padding: 0 !important;
  overflow: visible !important; box-shadow: none !important; margin: 0 !important; }
section.docx + section.docx { break-before: page; }
section.docx > article { margin: 0; }
.docx img { max-width: 100%; height: auto; }
.docx td, .docx th { box-sizing: border-box; }
.docx tr { break-inside: avoid; }
.docx h1, .docx h2, .docx h3, .docx h4, .docx h5, .docx h6 { break-after: avoid; }`;
}

/**
 * Word draws most bullets as a character of the Symbol or Wingdings font (U+F0B7 in Symbol is the usual round
 * one), from the Private Use Area: no font on a machine without those fonts has them, so the lists printed with no
 * bullets at all. Each is drawn with its Unicode likeness instead, in the paragraph's own font.
 */
const bulletLikeness: Record<string, string> = {
  '\uf0b7': '\u2022',
  '\uf0a7': '\u25aa',
  '\uf0d8': '\u27a2',
  '\uf076': '\u2756',
  '\uf0fc': '\u2713',
  '\uf0a8': '\u25a1',
  '\uf02d': '\u2013',
};

function plainBullets(css: string): string {
  return css
    .replace(/[\uf000-\uf0ff]/g, (glyph) => bulletLikeness[glyph] ?? '\u2022')
    .replace(/font-family:\s*"?(Symbol|Wingdings)"?;/g, '');
}

/**
 * A Word paper as docx-preview laid it out, as one HTML page for Chromium's print engine: its title is the paper's
 * name and its language the council's, as the published PDFs need (printable-page.ts); nothing in it runs. The
 * paper's own running header and footer (`heads`, word-running-heads.ts) print in every page's margins.
 *
 * @example renderedWordPaperPage(await renderWordPaper(bytes), 'Budget report.docx', 'Wrenmoor Borough Council')
 */
export function renderedWordPaperPage(
  rendered: RenderedWordPaper,
  name: string,
  council: string,
  heads: RunningHeads = {},
): string {
  const footer = Boolean(heads.footer ?? heads.first?.footer);
  // A style sheet never legitimately holds "</style": one that did would end the element early.
  const styles = rendered.styles.map(
    (css) => `<style>${plainBullets(css).replace(/<\/style/gi, '<\\/style')}</style>`,
  );
  return `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>${escapeHtml(name)}</title>
<meta name="author" content="${escapeHtml(council)}">
${styles.join('\n')}
<style>${printedPageStyle(rendered.margins, footer)}
${runningHeadsCss(heads)}</style>
</head>
<body>
${rendered.pages.join('\n')}
</body>
</html>
`;
}
