import { readPdfObjects } from './pdf-objects';
import { latin1 } from './latin1';
import { UnreadableDocument } from './not-a-document';

const reference = (body: string | undefined, key: string): number | undefined => {
  const match = body && new RegExp(`/${key}\\s+(\\d+)\\s+\\d+\\s+R`).exec(body);
  return match ? Number(match[1]) : undefined;
};

/**
 * The number of pages in a PDF: the /Count of the page tree that the document catalog (/Root) points at. When that
 * chain cannot be followed (a damaged cross-reference, an encrypted object stream), the page objects are counted.
 *
 * @example pdfPageCount(bytesOfATwelvePagePack) // 12
 */
export function pdfPageCount(bytes: Uint8Array): number {
  const head = latin1(bytes.subarray(0, 1024));
  if (!head.includes('%PDF-')) throw new UnreadableDocument('it does not start like a PDF.');
  const objects = readPdfObjects(bytes);
  const tail = latin1(bytes.subarray(Math.max(0, bytes.length - 4096)));
  // The newest trailer (or cross-reference stream) is nearest the end of the file.
  const roots = [...tail.matchAll(/\/Root\s+(\d+)\s+\d+\s+R/g)];
  const rootNumber = roots.length > 0 ? Number(roots.at(-1)?.[1]) : findCatalog(objects);
  const pagesNumber = reference(rootNumber === undefined ? undefined : objects.get(rootNumber), 'Pages');
  const pageTree = pagesNumber === undefined ? undefined : objects.get(pagesNumber);
  const count = pageTree && /\/Count\s+(\d+)\b(?!\s+\d+\s+R)/.exec(pageTree)?.[1];
  if (count && Number(count) > 0) return Number(count);
  const pages = [...objects.values()].filter((body) => /\/Type\s*\/Page(?![A-Za-z])/.test(body)).length;
  if (pages > 0) return pages;
  throw new UnreadableDocument(
    'it starts like a PDF but no pages could be found in it; it may be damaged or cut short. Save or download it again.',
  );
}

function findCatalog(objects: Map<number, string>): number | undefined {
  for (const [number, body] of objects) if (/\/Type\s*\/Catalog\b/.test(body)) return number;
  return undefined;
}
