/**
 * Small, fast helpers over WordprocessingML text. The merge works on the XML as text (not a DOM) because it must
 * run in a Web Worker, which has no DOMParser, and because splicing 500 pages of XML as strings takes milliseconds.
 * Invariant relied on: the elements matched here (w:style, w:abstractNum, w:num, w:sectPr) never nest in themselves.
 */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Every whole element `<tag ...>...</tag>` (or self-closed) in the text, in order. */
export function elements(xml: string, tag: string): string[] {
  const pattern = new RegExp(`<${tag}\\b[^>]*?(?:/>|>[\\s\\S]*?</${tag}>)`, 'g');
  return xml.match(pattern) ?? [];
}

export function attribute(elementXml: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}="([^"]*)"`).exec(elementXml.slice(0, elementXml.indexOf('>') + 1));
  return match?.[1];
}

/** The opening tag of the document's root element, e.g. `<w:document xmlns:w="..." ...>`. */
export function rootTag(xml: string, tag: string): string {
  const start = xml.indexOf(`<${tag}`);
  if (start < 0) throw new Error(`Not a Word part: no <${tag}> element.`);
  return xml.slice(start, xml.indexOf('>', start) + 1);
}

/**
 * Declare on the target's root every namespace prefix the source's root declares and the target lacks, so that
 * merged content using w14:, wp14: or mc: prefixes stays well-formed (Word refuses undeclared prefixes).
 */
export function mergeNamespaces(targetXml: string, sourceXml: string, tag: string): string {
  const targetRoot = rootTag(targetXml, tag);
  const sourceRoot = rootTag(sourceXml, tag);
  const missing = [...sourceRoot.matchAll(/\sxmlns:([\w-]+)="([^"]*)"/g)]
    .filter((match) => !targetRoot.includes(`xmlns:${match[1]}=`))
    .map((match) => ` xmlns:${match[1]}="${match[2]}"`);
  if (missing.length === 0) return targetXml;
  const closing = targetRoot.endsWith('/>') ? -2 : -1;
  const grown = targetRoot.slice(0, closing) + missing.join('') + targetRoot.slice(closing);
  return targetXml.replace(targetRoot, grown);
}

/** The body's children without the final section properties (the report's page setup and header/footer links). */
export function bodyChildren(documentXml: string): string {
  const open = /<w:body\b[^>]*>/.exec(documentXml);
  const close = documentXml.lastIndexOf('</w:body>');
  if (!open || close < 0) throw new Error('Not a Word document: it has no body.');
  const body = documentXml.slice(open.index + open[0].length, close);
  const finalSection = body.lastIndexOf('<w:sectPr');
  // A body-level sectPr is always the body's last child; one inside a paragraph's pPr is followed by </w:pPr>.
  if (finalSection >= 0 && !body.slice(finalSection).includes('</w:pPr>')) return body.slice(0, finalSection);
  return body;
}

/** Insert a run of XML at the start of a paragraph's content (after its pPr, which must stay first). */
export function insertIntoParagraph(paragraphXml: string, inner: string): string {
  if (paragraphXml.endsWith('/>') && !paragraphXml.includes('>', paragraphXml.indexOf('>') + 1)) {
    return `${paragraphXml.slice(0, -2)}>${inner}</w:p>`;
  }
  const openEnd = paragraphXml.indexOf('>') + 1;
  let at = openEnd;
  if (paragraphXml.startsWith('<w:pPr/>', openEnd)) at = openEnd + '<w:pPr/>'.length;
  else if (paragraphXml.startsWith('<w:pPr', openEnd))
    at = paragraphXml.indexOf('</w:pPr>', openEnd) + '</w:pPr>'.length;
  return paragraphXml.slice(0, at) + inner + paragraphXml.slice(at);
}
