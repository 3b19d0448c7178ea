import { partText, readDocxParts } from '../../docx-merge/zip-parts';
import { escapeHtml } from '../html';
import { printablePage } from './printable-page';

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescapeXml(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_, name: string) => {
    if (/^#x/i.test(name)) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return entities[name.toLowerCase()] ?? '';
  });
}

type WordParagraph = { text: string; heading: boolean; newPage: boolean };

/** A Word paper's paragraphs, in order: a heading style kept as a heading, a page break as a new page. */
function wordParagraphs(bytes: Uint8Array, label: string): WordParagraph[] {
  const xml = partText(readDocxParts(bytes, label), 'word/document.xml') ?? '';
  const paragraphs: WordParagraph[] = [];
  let breakPending = false;
  for (const paragraph of xml.split(/<\/w:p>/)) {
    if (/<w:br [^>]*w:type="page"|<w:pageBreakBefore\/>/.test(paragraph)) breakPending = true;
    let text = '';
    for (const match of paragraph.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>|<w:br\/>/g)) {
      text += match[1] !== undefined ? unescapeXml(match[1]) : ' ';
    }
    if (text.trim()) {
      const heading = /<w:pStyle w:val="(Heading|Title)/i.test(paragraph);
      paragraphs.push({ text: text.trim(), heading, newPage: breakPending });
      breakPending = false;
    }
  }
  return paragraphs;
}

/**
 * A Word paper of the public pack as a document to print: its paragraphs in order, headings kept, so its words are
 * in the pack's PDF (searchable and read aloud) where a browser cannot lay out Word's own pages.
 *
 * @example printableWordPaper({ name: 'Budget report.docx', bytes }, 'Wrenmoor Borough Council')
 */
export function printableWordPaper(paper: { name: string; bytes: Uint8Array }, council: string): string {
  const body = wordParagraphs(paper.bytes, paper.name).map((paragraph) => {
    const tag = paragraph.heading ? 'h2' : 'p';
    const newPage = paragraph.newPage ? ' class="paper-page"' : '';
    return `<${tag}${newPage}>${escapeHtml(paragraph.text)}</${tag}>`;
  });
  return printablePage({
    title: paper.name,
    council,
    body: [`<h1>${escapeHtml(paper.name)}</h1>`, ...body].join('\n'),
  });
}
