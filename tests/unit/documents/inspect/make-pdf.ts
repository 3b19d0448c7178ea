import { zlibSync } from 'fflate';

const latin1 = (text: string): Uint8Array => Uint8Array.from(text, (character) => character.charCodeAt(0));

function join(parts: Uint8Array[]): Uint8Array {
  const all = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    all.set(part, at);
    at += part.length;
  }
  return all;
}

/**
 * A PDF 1.5 whose catalog, page tree and pages all sit in one compressed object stream, with a cross-reference
 * stream instead of a trailer: the layout Acrobat and Word write, which a plain-text scan cannot see into.
 */
export function pdfWithObjectStream(pageCount: number, options: { withCatalog?: boolean } = {}): Uint8Array {
  const pageNumbers = Array.from({ length: pageCount }, (_, index) => 10 + index);
  const packed: [number, string][] = [
    [3, '<</Type/Pages/Kids[' + pageNumbers.map((n) => `${n} 0 R`).join(' ') + `]/Count ${pageCount}>>`],
    ...pageNumbers.map((n): [number, string] => [n, '<</Type/Page/Parent 3 0 R/MediaBox[0 0 595 842]>>']),
  ];
  if (options.withCatalog !== false) packed.unshift([2, '<</Type/Catalog/Pages 3 0 R>>']);
  let offsets = '';
  let content = '';
  for (const [number, body] of packed) {
    offsets += `${number} ${content.length} `;
    content += `${body}\n`;
  }
  const data = zlibSync(latin1(offsets + content));
  const first = offsets.length;
  return join([
    latin1('%PDF-1.5\n%\xe2\xe3\xcf\xd3\n'),
    latin1(
      `1 0 obj\n<</Type/ObjStm/N ${packed.length}/First ${first}/Filter/FlateDecode/Length ${data.length}>>stream\n`,
    ),
    data,
    latin1('\nendstream\nendobj\n'),
    latin1(
      `5 0 obj\n<</Type/XRef/Size 6/Root 2 0 R/W[1 4 2]/Length 0>>stream\n\nendstream\nendobj\nstartxref\n0\n%%EOF\n`,
    ),
  ]);
}
