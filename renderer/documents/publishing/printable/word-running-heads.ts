import { decodeXML } from 'entities';
import { partText, readDocxParts, type DocxParts } from '../../docx-merge/zip-parts';

/**
 * One piece of a running head's line as CSS `content` takes it: words, or the page number the print engine counts
 * (a Word PAGE field), or the paper's page count (NUMPAGES).
 */
type Piece = { text: string } | { counter: 'page' | 'pages' };

/** A running head or foot in the page's three places, each a list of lines (a line a list of pieces). */
export type RunningLines = { left: Piece[][]; center: Piece[][]; right: Piece[][] };

/**
 * A Word paper's own running header and footer, as its first section sets them: the default ones, and (when Word
 * is told to give the first page its own, `titlePg`) the first page's, which may be none.
 */
export type RunningHeads = {
  header?: RunningLines;
  footer?: RunningLines;
  first?: { header?: RunningLines; footer?: RunningLines };
  /**
   * A later landscape section's own (a wide annex), which the print engine lays out on turned pages: none where
   * that section has an empty header or footer, the first section's where it names none of its own (as Word does).
   */
  landscape?: { header?: RunningLines; footer?: RunningLines };
};

/** The field a Word field instruction names, when it is one the print engine can count. */
function counterOf(instruction: string): 'page' | 'pages' | undefined {
  const name = instruction.trim().split(/\s+/)[0]?.toUpperCase();
  return name === 'PAGE' ? 'page' : name === 'NUMPAGES' || name === 'SECTIONPAGES' ? 'pages' : undefined;
}

/**
 * One paragraph of a header or footer, cut at its tabs (Word's header style has a centre and a right tab stop, so
 * "left<tab>centre<tab>right" is the usual way to place three things). A page field's last result as Word saved it
 * ("19" in every footer) is replaced by the print engine's own count.
 */
function paragraphPieces(paragraph: string): Piece[][] {
  const runs = paragraph.replace(/<w:pPr>[\s\S]*?<\/w:pPr>/g, '');
  const segments: Piece[][] = [[]];
  let field: { instruction: string; showing: boolean } | undefined;
  const add = (piece: Piece) => segments[segments.length - 1]?.push(piece);
  const token =
    /<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:(?:p)?tab(?:\s[^>]*)?\/>|<w:instrText(?:\s[^>]*)?>([^<]*)<\/w:instrText>|<w:fldChar [^>]*w:fldCharType="(begin|separate|end)"[^>]*>|<w:fldSimple [^>]*w:instr="([^"]*)"[^>]*(\/>|>)|<\/w:fldSimple>/g;
  let simple: 'page' | 'pages' | undefined;
  let inSimple = false;
  for (const match of runs.matchAll(token)) {
    const [whole, text, instruction, charType, simpleInstruction, simpleEnd] = match;
    if (text !== undefined) {
      // A field's saved result is dropped when the print engine counts the field itself.
      if ((field && !field.showing) || (inSimple && simple)) continue;
      add({ text: decodeXML(text) });
    } else if (instruction !== undefined && field) field.instruction += decodeXML(instruction);
    else if (charType === 'begin') field = { instruction: '', showing: false };
    else if (charType === 'separate' && field) {
      const counter = counterOf(field.instruction);
      if (counter) add({ counter });
      field.showing = !counter;
    } else if (charType === 'end') field = undefined;
    else if (simpleInstruction !== undefined) {
      simple = counterOf(decodeXML(simpleInstruction));
      if (simple) add({ counter: simple });
      inSimple = simpleEnd === '>';
    } else if (whole === '</w:fldSimple>') inSimple = false;
    else if (whole.startsWith('<w:tab') || whole.startsWith('<w:ptab')) segments.push([]);
  }
  return segments;
}

const hasWords = (pieces: Piece[]) => pieces.some((piece) => 'counter' in piece || piece.text.trim());

/** A header or footer part's paragraphs in the page's three places: tab-cut ones across, others by alignment. */
function runningLines(xml: string): RunningLines | undefined {
  const lines: RunningLines = { left: [], center: [], right: [] };
  for (const paragraph of xml.split(/<\/w:p>/)) {
    const segments = paragraphPieces(paragraph);
    if (segments.length > 1) {
      const [left = [], center = [], ...rest] = segments;
      const right = rest.flat();
      // With one tab, Word's usual footer puts its second part at the right margin.
      lines.left.push(left);
      if (segments.length === 2) {
        lines.right.push(center);
      } else {
        lines.center.push(center);
        lines.right.push(right);
      }
      continue;
    }
    const pieces = segments[0] ?? [];
    if (!hasWords(pieces)) continue;
    const align = /<w:jc w:val="(\w+)"/.exec(paragraph)?.[1];
    const place = align === 'center' ? 'center' : align === 'right' || align === 'end' ? 'right' : 'left';
    lines[place].push(pieces);
  }
  for (const place of ['left', 'center', 'right'] as const) lines[place] = lines[place].filter(hasWords);
  return lines.left.length + lines.center.length + lines.right.length > 0 ? lines : undefined;
}

/** The parts a section's header or footer references of `type` name, by relationship id. */
function referenced(
  parts: DocxParts,
  sectPr: string,
  kind: 'header' | 'footer',
  type: string,
): RunningLines | undefined {
  const id =
    new RegExp(`<w:${kind}Reference [^>]*w:type="${type}"[^>]*r:id="([^"]+)"`).exec(sectPr)?.[1] ??
    new RegExp(`<w:${kind}Reference [^>]*r:id="([^"]+)"[^>]*w:type="${type}"`).exec(sectPr)?.[1];
  if (!id) return undefined;
  const rels = partText(parts, 'word/_rels/document.xml.rels') ?? '';
  const target =
    new RegExp(`<Relationship [^>]*Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ??
    new RegExp(`<Relationship [^>]*Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)?.[1];
  if (!target) return undefined;
  const path = target.startsWith('/') ? target.slice(1) : `word/${target}`;
  const xml = partText(parts, path);
  return xml ? runningLines(xml) : undefined;
}

/**
 * A Word paper's own running header and footer, read from the file itself (docx-preview draws them once per Word
 * page break, and prints a page field as the number Word last saved, so a 20-page report would say "Page 19" on
 * every page). Their words and page numbers only: a picture in a header (a logo) is not carried. None when the
 * paper has neither, or cannot be read.
 *
 * @example wordRunningHeads(bytes).footer?.center // [[{ text: 'Page ' }, { counter: 'page' }]]
 */
export function wordRunningHeads(bytes: Uint8Array): RunningHeads {
  let parts: DocxParts;
  try {
    parts = readDocxParts(bytes, 'The paper');
  } catch {
    return {};
  }
  const body = partText(parts, 'word/document.xml') ?? '';
  // Each section's properties, in order: in the paragraph that ends it, or the body's own at its end.
  const sections = [...body.matchAll(/<w:sectPr[\s>][\s\S]*?<\/w:sectPr>/g)].map((match) => match[0]);
  const sectPr = sections[0] ?? '';
  const heads: RunningHeads = {};
  const header = referenced(parts, sectPr, 'header', 'default');
  const footer = referenced(parts, sectPr, 'footer', 'default');
  if (header) heads.header = header;
  if (footer) heads.footer = footer;
  if (/<w:titlePg(?:\s+w:val="(?:1|true|on)")?\s*\/>/.test(sectPr)) {
    const firstHeader = referenced(parts, sectPr, 'header', 'first');
    const firstFooter = referenced(parts, sectPr, 'footer', 'first');
    heads.first = {
      ...(firstHeader ? { header: firstHeader } : {}),
      ...(firstFooter ? { footer: firstFooter } : {}),
    };
  }
  const wide = sections.slice(1).find((section) => /<w:pgSz [^>]*w:orient="landscape"/.test(section));
  if (wide) {
    const own = (kind: 'header' | 'footer') =>
      new RegExp(`<w:${kind}Reference [^>]*w:type="default"`).test(wide)
        ? referenced(parts, wide, kind, 'default')
        : heads[kind];
    const [header, footer] = [own('header'), own('footer')];
    heads.landscape = { ...(header ? { header } : {}), ...(footer ? { footer } : {}) };
  }
  return heads;
}

/** A line's pieces as a CSS string and counters. */
function cssContent(lines: Piece[][]): string {
  if (lines.length === 0) return 'none';
  const quoted = (text: string) =>
    `"${text
      .replace(/\\/g, '\\\\')
      .replace(/"/g, '\\"')
      .replace(/[\r\n]+/g, ' ')
      .replace(/</g, '\\3C ')}"`;
  return lines
    .map((line) =>
      line.map((piece) => ('counter' in piece ? `counter(${piece.counter})` : quoted(piece.text))),
    )
    .map((line) => (line.length ? line.join(' ') : '""'))
    .join(' "\\A" ');
}

const boxes = { left: 'left', center: 'center', right: 'right' } as const;

/** The page margin boxes of one running head or foot: `edge` is top or bottom. */
function marginBoxes(lines: RunningLines | undefined, edge: 'top' | 'bottom'): string {
  return (Object.keys(boxes) as (keyof typeof boxes)[])
    .map(
      (place) =>
        `@${edge}-${place} { content: ${cssContent(lines?.[place] ?? [])}; text-align: ${place}; vertical-align: ${edge === 'top' ? 'middle' : 'top'}; white-space: pre-wrap; font: 9pt 'Liberation Sans', Arial, sans-serif; color: #000; }`,
    )
    .join('\n  ');
}

/**
 * The CSS that prints a paper's running header and footer on every page the print engine makes of it, in the
 * page's margins (CSS page margin boxes), a page field counted by the engine. A footer sits at the top of the
 * bottom margin, clear of the pack's own "Page N" (pdf-page-numbers.ts, 8 mm up). Empty when the paper has none.
 *
 * @example runningHeadsCss(wordRunningHeads(bytes))
 */
export function runningHeadsCss(heads: RunningHeads): string {
  if (!heads.header && !heads.footer && !heads.first && !heads.landscape) return '';
  const rule = (selector: string, lines: { header?: RunningLines; footer?: RunningLines }) =>
    `@page${selector} {\n  ${marginBoxes(lines.header, 'top')}\n  ${marginBoxes(lines.footer, 'bottom')}\n}`;
  // word-paper-page.ts names the pages of a landscape section "landscape".
  return [
    rule('', heads),
    ...(heads.first ? [rule(' :first', heads.first)] : []),
    ...(heads.landscape ? [rule(' landscape', heads.landscape)] : []),
  ].join('\n');
}
