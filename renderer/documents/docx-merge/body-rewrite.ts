export type BodyIdMaps = {
  styles: Map<string, string>;
  numIds: Map<string, string>;
  relationships: Map<string, string>;
  defaultParagraphStyle?: string;
  /** Unique per report: keeps bookmark names and drawing ids apart across merged reports. */
  prefix: string;
  /** Added to every drawing and bookmark id of this report so ids stay unique in the pack. */
  idOffset: number;
  /** Report footnote id -> pack footnote id; references to footnotes not carried are dropped. */
  footnoteIds?: Map<string, string>;
};

/**
 * Rewrite a report's body XML to live inside the pack: every style, list, picture and bookmark reference moved to
 * the pack's ids; the report's own section breaks (and with them its headers and footers) removed so the pack's
 * sections and footers apply; footnote references renumbered to the pack's footnotes; comments and endnotes
 * dropped, since the pack does not print comments or carry endnotes (the merge warns of both).
 */
export function rewriteBody(body: string, maps: BodyIdMaps): string {
  const mapped = (map: Map<string, string>) => (all: string, start: string, value: string, end: string) =>
    map.has(value) ? `${start}${map.get(value) ?? value}${end}` : all;
  let xml = body
    .replace(/<w:sectPr\b[\s\S]*?<\/w:sectPr>/g, '')
    .replace(/\s(w14:paraId|w14:textId|w:rsid\w*)="[^"]*"/g, '')
    .replace(/<w:(commentRangeStart|commentRangeEnd|commentReference|endnoteReference)\b[^>]*\/>/g, '')
    .replace(/<w:footnoteReference\b[^>]*?\sw:id="([^"]*)"[^>]*\/>/g, (_all, id: string) => {
      const packId = maps.footnoteIds?.get(id);
      return packId ? `<w:footnoteReference w:id="${packId}"/>` : '';
    })
    .replace(/(<w:(?:pStyle|rStyle|tblStyle)\s+w:val=")([^"]*)(")/g, mapped(maps.styles))
    .replace(/(<w:numId\s+w:val=")([^"]*)(")/g, mapped(maps.numIds))
    .replace(/(\sr:(?:embed|id|link|pict)=")([^"]*)(")/g, mapped(maps.relationships))
    .replace(/(<wp:docPr\b[^>]*?\sid=")(\d+)(")/g, (_all, start: string, id: string, end: string) => {
      return `${start}${Number(id) + maps.idOffset}${end}`;
    })
    .replace(
      /(<w:bookmark(?:Start|End)\b[^>]*?\sw:id=")(\d+)(")/g,
      (_all, start: string, id: string, end: string) => {
        return `${start}${Number(id) + maps.idOffset}${end}`;
      },
    );
  xml = prefixBookmarkNames(xml, maps.prefix);
  if (maps.defaultParagraphStyle) xml = giveParagraphsStyle(xml, maps.defaultParagraphStyle);
  return xml;
}

/**
 * rewriteBody a piece at a time, the body cut after a paragraph's end every `size` characters or so: every change
 * rewriteBody makes lies within one tag or one paragraph's properties, so the pieces joined are the body
 * rewritten whole. A report's body is hundreds of kilobytes, and each of rewriteBody's passes over it whole made a
 * copy that large, each kept by the JavaScript heap well past its use; pieces this size are let go at once. The
 * last piece holds the body's last paragraph whole, the one its end marks and the pack's section go into.
 */
export function rewriteBodyInPieces(body: string, maps: BodyIdMaps, size = 64 * 1024): string[] {
  const lastParagraph = Math.max(
    body.lastIndexOf('<w:p>'),
    body.lastIndexOf('<w:p '),
    body.lastIndexOf('<w:p/>'),
  );
  const pieces: string[] = [];
  let from = 0;
  for (;;) {
    const close = body.indexOf('</w:p>', from + size);
    const end = close + '</w:p>'.length;
    if (close < 0 || end > lastParagraph) break;
    pieces.push(rewriteBody(body.slice(from, end), maps));
    from = end;
  }
  pieces.push(rewriteBody(body.slice(from), maps));
  return pieces;
}

function prefixBookmarkNames(xml: string, prefix: string): string {
  return xml
    .replace(/(<w:bookmarkStart\b[^>]*?\sw:name=")([^"]*)(")/g, `$1${prefix}$2$3`)
    .replace(/(<w:hyperlink\b[^>]*?\sw:anchor=")([^"]*)(")/g, `$1${prefix}$2$3`);
}

/** Paragraphs naming no style take the report's default, not the pack's Normal: they keep the report's look. */
function giveParagraphsStyle(xml: string, styleId: string): string {
  const style = `<w:pStyle w:val="${styleId}"/>`;
  return xml
    .replace(
      /<w:p(\s[^>]*?)?(\/?)>(<w:pPr(?:\/>|>))?/g,
      (all, attributes: string | undefined, selfClosed: string, properties: string | undefined) => {
        const open = `<w:p${attributes ?? ''}>`;
        if (selfClosed) return `${open}<w:pPr>${style}</w:pPr></w:p>`;
        if (!properties) return `${open}<w:pPr>${style}</w:pPr>`;
        if (properties === '<w:pPr/>') return `${open}<w:pPr>${style}</w:pPr>`;
        return all;
      },
    )
    .replace(/<w:pPr>(?!<w:pStyle)/g, `<w:pPr>${style}`);
}
