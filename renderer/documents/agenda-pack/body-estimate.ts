import type { PageSetup } from './page-estimate';

/**
 * The size of a document's ordinary text (half-points), the space after its paragraphs (twips), and whether its
 * font is a serif one (Times, Liberation Serif, Cambria...), which sets more characters on a line than Arial.
 */
export type TextMetrics = { size: number; spacingAfter: number; serif: boolean };

/** Chamber's own text: Arial 11 pt with a little space after each paragraph. */
export const houseMetrics: TextMetrics = { size: 22, spacingAfter: 124, serif: false };

/**
 * Twips per half-point of size, of one line and of an average character, as LibreOffice lays out text:
 * Arial/Calibri 11 pt takes 276 twips a line and 106 a character; Times/Liberation Serif 10 pt 230 and 80.
 */
const sans = { line: 276 / 22, character: 106 / 22 };
const serif = { line: 230 / 20, character: 80 / 20 };
/** Space a table cell takes round its text, in twips, and a row round its lines, in lines. */
const cellMargins = 216;
const rowPadding = 0.2;

export function lineHeight(metrics: TextMetrics): number {
  return (metrics.serif ? serif : sans).line * metrics.size;
}

function characterWidth(metrics: TextMetrics): number {
  return (metrics.serif ? serif : sans).character * metrics.size;
}

/**
 * The ordinary text's size and paragraph spacing from styles.xml: the default paragraph style's, else the
 * document defaults', else what Word and LibreOffice assume when a file names none (Times 10 pt, no space
 * after), which is what a .docx made by a program without styles prints in.
 */
export function textMetrics(stylesXml: string): TextMetrics {
  const normal = /<w:style\b[^>]*w:type="paragraph"[^>]*w:default="(?:1|true)"[^>]*>[\s\S]*?<\/w:style>/.exec(
    stylesXml,
  )?.[0];
  const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(stylesXml)?.[0] ?? '';
  const size = (xml = ''): number | undefined => {
    const match = /<w:sz\s+w:val="(\d+)"/.exec(xml);
    return match ? Number(match[1]) : undefined;
  };
  const after = (xml = ''): number | undefined => {
    const match = /<w:spacing\b[^>]*\sw:after="(\d+)"/.exec(xml);
    return match ? Number(match[1]) : undefined;
  };
  const font = (xml = ''): string | undefined => {
    const match = /<w:rFonts\b[^>]*\sw:(?:ascii="([^"]*)"|asciiTheme="([^"]*)")/.exec(xml);
    return match ? (match[1] ?? 'Calibri') : undefined;
  };
  const name = font(normal) ?? font(defaults) ?? 'Times New Roman';
  return {
    size: size(normal) ?? size(defaults) ?? 20,
    spacingAfter: after(normal) ?? after(defaults) ?? 0,
    serif: /times|serif|georgia|cambria|garamond|palatino|book antiqua/i.test(name) && !/sans/i.test(name),
  };
}

function perLine(width: number, metrics: TextMetrics): number {
  return Math.max(5, Math.floor(width / characterWidth(metrics)));
}

/** A block of the body as it flows onto pages: text may run on to the next page, a picture or table row may not. */
type Block = { lines: number; splits: boolean };

function paragraphBlock(paragraph: string, width: number, metrics: TextMetrics): Block {
  const text = [...paragraph.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join('');
  const pictureHeight = [...paragraph.matchAll(/<wp:extent\s+cx="\d+"\s+cy="(\d+)"/g)].reduce(
    (sum, match) => sum + Number(match[1]) / 635,
    0,
  );
  const textLines =
    text.length === 0 && pictureHeight > 0
      ? 0
      : Math.max(1, Math.ceil(text.length / perLine(width, metrics)));
  return {
    lines: textLines + (metrics.spacingAfter + pictureHeight) / lineHeight(metrics),
    splits: pictureHeight === 0,
  };
}

function paragraphLines(paragraph: string, width: number, metrics: TextMetrics): number {
  return paragraphBlock(paragraph, width, metrics).lines;
}

/** A table's rows: each as tall as its fullest cell, each cell as wide as the table's grid says. */
function tableRows(table: string, width: number, metrics: TextMetrics): Block[] {
  const grid = [...table.matchAll(/<w:gridCol\s+w:w="(\d+)"/g)].map((match) => Number(match[1]));
  const rows: Block[] = [];
  for (const row of table.match(/<w:tr\b[\s\S]*?<\/w:tr>/g) ?? []) {
    const cells = row.match(/<w:tc\b[\s\S]*?<\/w:tc>/g) ?? [];
    const tallest = Math.max(
      1,
      ...cells.map((cell, index) => {
        const cellWidth = (grid[index] ?? width / Math.max(1, cells.length)) - cellMargins;
        return (cell.match(/<w:p\b[\s\S]*?<\/w:p>/g) ?? []).reduce(
          (sum, paragraph) => sum + paragraphLines(paragraph, cellWidth, metrics),
          0,
        );
      }),
    );
    rows.push({ lines: tallest + rowPadding, splits: false });
  }
  return rows;
}

/** The blocks of a stretch of body XML in order, tables broken into their rows. */
function blocksOf(xml: string, setup: PageSetup, metrics: TextMetrics): Block[] {
  const width = setup.width - setup.left - setup.right;
  const blocks: Block[] = [];
  for (const match of xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>|<w:p\b[\s\S]*?<\/w:p>/g)) {
    if (match[0].startsWith('<w:tbl>')) blocks.push(...tableRows(match[0], width, metrics));
    else blocks.push(paragraphBlock(match[0], width, metrics));
  }
  return blocks;
}

/** Lines a stretch of body XML takes, in lines of the document's ordinary text. */
export function chunkLines(xml: string, setup: PageSetup, metrics: TextMetrics = houseMetrics): number {
  return Math.ceil(blocksOf(xml, setup, metrics).reduce((sum, block) => sum + block.lines, 0));
}

/** Pages the blocks fill: text runs on line by line, a block that may not split starts a new page if it must. */
function flowPages(blocks: Block[], perPage: number): number {
  let pages = 1;
  let used = 0;
  for (const block of blocks) {
    if (!block.splits && used > 0 && used + block.lines > perPage) {
      pages += 1;
      used = 0;
    }
    used += block.lines;
    while (used > perPage + 0.01) {
      pages += 1;
      used -= block.splits ? perPage : used;
    }
  }
  return pages;
}

/** Pages of a body: its blocks flowed onto pages between explicit page breaks. */
export function estimateBodyPages(
  documentXml: string,
  setup: PageSetup,
  metrics: TextMetrics = houseMetrics,
): number {
  const perPage = Math.floor((setup.height - setup.top - setup.bottom) / lineHeight(metrics));
  const chunks = documentXml.split(
    /<w:br\s+w:type="page"\s*\/>|<w:pageBreakBefore\s*\/>|<w:pageBreakBefore\s+w:val="(?:1|true|on)"\s*\/>/,
  );
  let pages = 0;
  for (const chunk of chunks) pages += flowPages(blocksOf(chunk, setup, metrics), perPage);
  // A break at the very end of a chunk that holds nothing after it does not start a page.
  const emptyLast = chunks.length > 1 && blocksOf(chunks.at(-1) ?? '', setup, metrics).length === 0;
  return Math.max(1, pages - (emptyLast ? 1 : 0));
}
