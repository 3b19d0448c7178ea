import { decodeXML } from 'entities';
import { partText, readDocxParts } from '../../docx-merge/zip-parts';
import { escapeHtml } from '../html';
import { printablePage } from './printable-page';
import { renderedWordPaperPage } from './word-paper-page';
import { letterCount, renderWordPaper, type RenderWordPaper } from './word-paper-render';
import { wordRunningHeads } from './word-running-heads';

/** How long one paper's layout may take before the pack goes on with its words: publishing never waits silently. */
export const layoutLimitMs = 60_000;

/** What the print engine takes at most (electron/main/ipc/print-pdf.ts): a bigger page is refused whole. */
const printableLimit = 30 * 1024 * 1024;

type WordParagraph = { text: string; heading: boolean; newPage: boolean };

/** A Word paper's paragraphs, in order: a heading style kept as a heading, a page break as a new page. */
function wordParagraphs(bytes: Uint8Array, label: string): WordParagraph[] {
  // Word keeps a text box twice, as DrawingML and as a VML fallback for old readers: its words count once.
  const xml = (partText(readDocxParts(bytes, label), 'word/document.xml') ?? '').replace(
    /<mc:Fallback>[\s\S]*?<\/mc:Fallback>/g,
    '',
  );
  const paragraphs: WordParagraph[] = [];
  let breakPending = false;
  for (const paragraph of xml.split(/<\/w:p>/)) {
    if (/<w:br [^>]*w:type="page"|<w:pageBreakBefore\/>/.test(paragraph)) breakPending = true;
    let text = '';
    for (const match of paragraph.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>|<w:br\/>/g)) {
      text += match[1] !== undefined ? decodeXML(match[1]) : ' ';
    }
    if (text.trim()) {
      const heading = /<w:pStyle w:val="(Heading|Title)/i.test(paragraph);
      paragraphs.push({ text: text.trim(), heading, newPage: breakPending });
      breakPending = false;
    }
  }
  return paragraphs;
}

/** A Word paper ready to print, and why it is in words only when it could not be laid out. */
export type WordPaperToPrint = { html: string; notLaidOut?: string };

/**
 * A Word paper of the public pack as a document to print: laid out as the paper looks (tables, pictures, headings,
 * lists, footnotes) by docx-preview, or, when that cannot be done, its words only with a note at its head saying
 * so and why, so the pack is still made and the clerk is told which paper to check.
 *
 * @example const { html, notLaidOut } = await wordPaperToPrint(paper, 'Wrenmoor Borough Council')
 */
export async function wordPaperToPrint(
  paper: { name: string; bytes: Uint8Array },
  council: string,
  render: RenderWordPaper = renderWordPaper,
): Promise<WordPaperToPrint> {
  let why: string;
  try {
    const rendered = await withinLimit(render(paper.bytes), layoutLimitMs);
    // The body's words (document.xml: not its footnotes, which the layout adds) must all be laid out: a paper
    // published with words silently missing is worse than one printed as its words.
    const words = wordParagraphs(paper.bytes, paper.name).reduce((sum, p) => sum + letterCount(p.text), 0);
    const html = renderedWordPaperPage(rendered, paper.name, council, wordRunningHeads(paper.bytes));
    if (rendered.characters < words)
      why = `the layout would leave out some of its words (${words - rendered.characters} letters and figures)`;
    else if (html.length > printableLimit)
      why = `its pictures are too large to print (${Math.round(html.length / 1024 / 1024)} MB laid out)`;
    else return { html };
  } catch (error) {
    why = error instanceof Error && error.message ? error.message : 'the Word file could not be read';
  }
  return {
    html: printableWordPaper(paper, council, why),
    notLaidOut: `The Word paper "${paper.name}" is in the pack’s PDF as its words only, without its layout, tables or pictures, because ${why}. The paper itself is published beside the pack as it is.`,
  };
}

function withinLimit<T>(work: Promise<T>, limitMs: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`laying it out took longer than ${limitMs / 1000} seconds`)),
      limitMs,
    );
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

/**
 * A Word paper as its words alone, the fallback when it cannot be laid out: its paragraphs in order, headings
 * kept, so its words are in the pack's PDF (searchable and read aloud), under a note that says the layout, tables
 * and pictures are not shown and why.
 *
 * @example printableWordPaper({ name: 'Budget report.docx', bytes }, 'Wrenmoor Borough Council', 'it is damaged')
 */
export function printableWordPaper(
  paper: { name: string; bytes: Uint8Array },
  council: string,
  why: string,
): string {
  const body = wordParagraphs(paper.bytes, paper.name).map((paragraph) => {
    const tag = paragraph.heading ? 'h2' : 'p';
    const newPage = paragraph.newPage ? ' class="paper-page"' : '';
    return `<${tag}${newPage}>${escapeHtml(paragraph.text)}</${tag}>`;
  });
  const note = `<p><strong>Note:</strong> <em>this paper could not be shown here as it is laid out (${escapeHtml(why)}), so only its words follow, without its tables and pictures. The paper itself is published beside this pack.</em></p>`;
  return printablePage({
    title: paper.name,
    council,
    body: [`<h1>${escapeHtml(paper.name)}</h1>`, note, ...body].join('\n'),
  });
}
