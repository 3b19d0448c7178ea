/** A Word paper laid out by docx-preview, as HTML text a print engine with no script can print. */
export type RenderedWordPaper = {
  /** docx-preview's style sheets: its defaults, the document's styles, numbering and theme. */
  styles: string[];
  /**
   * Each Word page (a page break or a new section starts the next), as the `<section class="docx">` HTML; one of a
   * landscape section also has the class `docx-landscape`.
   */
  pages: string[];
  /** The first section's page margins, as CSS lengths, for the printed page's own margins. */
  margins: { top: string; right: string; bottom: string; left: string };
  /** Letters and digits in the laid-out pages, to check the layout left none of the paper's words out. */
  characters: number;
};

/** Lays out a Word paper (its bytes) as HTML: where the pack is made, a page with a DOM does it. */
export type RenderWordPaper = (bytes: Uint8Array) => Promise<RenderedWordPaper>;

/** Where docx-preview leaves no margin of its own (a document with no section properties), Word's default. */
const wordDefaultMargin = '72pt';

/**
 * Renders a .docx with docx-preview in this page's DOM, detached (nothing is shown or laid out on screen): tables,
 * pictures, headings, lists and footnotes as docx-preview gives them. Pictures and embedded fonts become data: URLs,
 * so the printed page needs nothing but itself. The paper's own running headers and footers are left out here: a
 * browser prints them once per Word page break, not once per printed page, with a page field as the number Word
 * last saved; word-running-heads.ts prints them in every page's margins instead. Footnotes come at the end of each
 * Word page (docx-preview has no pagination of its own: a Word page runs over several printed pages), not at the
 * foot of the printed page that cites them.
 * Rejects when the file is not a Word document docx-preview can read, or there is no DOM to render it in.
 *
 * @example const rendered = await renderWordPaper(bytes); rendered.pages.length // 3
 */
export async function renderWordPaper(bytes: Uint8Array): Promise<RenderedWordPaper> {
  if (typeof document === 'undefined' || typeof DOMParser === 'undefined')
    throw new Error('there is no page to lay it out in here');
  const { parseAsync, renderDocument } = await import('docx-preview');
  const options = {
    className: 'docx',
    inWrapper: false,
    breakPages: true,
    ignoreLastRenderedPageBreak: true,
    renderHeaders: false,
    renderFooters: false,
    renderFootnotes: true,
    renderEndnotes: true,
    renderComments: false,
    renderChanges: false,
    // An altChunk is shown in an iframe, which a print with no script leaves empty: its text would be lost silently.
    renderAltChunks: false,
    useBase64URL: true,
    experimental: false,
  };
  const parsed: unknown = await parseAsync(new Blob([bytes as BlobPart]), options);
  const nodes = await renderDocument(parsed, options);
  const styles: string[] = [];
  const pages: string[] = [];
  let margins: RenderedWordPaper['margins'] | undefined;
  let characters = 0;
  for (const node of nodes) {
    if (!(node instanceof HTMLElement)) continue;
    if (node.tagName === 'STYLE') styles.push(node.textContent ?? '');
    else if (node.tagName === 'SECTION') {
      margins ??= {
        top: node.style.paddingTop || wordDefaultMargin,
        right: node.style.paddingRight || wordDefaultMargin,
        bottom: node.style.paddingBottom || wordDefaultMargin,
        left: node.style.paddingLeft || wordDefaultMargin,
      };
      // docx-preview gives a Word page its size as width and min-height (in pt): wider than high is landscape.
      if (parseFloat(node.style.width) > parseFloat(node.style.minHeight))
        node.classList.add('docx-landscape');
      pages.push(node.outerHTML);
      characters += letterCount(node.textContent ?? '');
    }
  }
  if (pages.length === 0 || !margins) throw new Error('docx-preview found no pages in it');
  return { styles, pages, margins, characters };
}

/** Letters and digits: what must survive a layout, whatever it does with spaces, tabs and line ends. */
export function letterCount(text: string): number {
  return text.match(/[\p{L}\p{N}]/gu)?.length ?? 0;
}
