import { strFromU8, unzipSync } from 'fflate';
import { a4, margins } from '../common/house-style';
import { estimateBodyPages, textMetrics } from './body-estimate';

/**
 * Page counts decide where "This page is intentionally left blank" goes: a part with an odd number of pages is
 * followed by one notice page, so the next part starts on a right-hand page. No layout engine runs in the worker,
 * so counts come, best first, from the paper's record, from the page count Word or LibreOffice saved in
 * docProps/app.xml, from Word's saved page breaks, and failing those from a line count of the text.
 * (Each part also starts with an odd-page section break, so a wrong count can never put a part on a left page.)
 */
export type PageSetup = {
  width: number;
  height: number;
  top: number;
  bottom: number;
  left: number;
  right: number;
};

export const packPageSetup: PageSetup = {
  ...a4,
  top: margins.top,
  bottom: margins.bottom,
  left: margins.left,
  right: margins.right,
};

/** Twips of one line of 11 pt text and the gap after a paragraph, as LibreOffice and Word lay out Arial/Calibri. */
const lineHeight = 276;
const averageCharacterWidth = 106;

export function linesPerPage(setup: PageSetup): number {
  return Math.floor((setup.height - setup.top - setup.bottom) / lineHeight);
}

export function charactersPerLine(setup: PageSetup, indent = 0): number {
  return Math.max(10, Math.floor((setup.width - setup.left - setup.right - indent) / averageCharacterWidth));
}

/** The page setup a report was written for, from its final section properties; the pack's A4 if it names none. */
export function reportPageSetup(documentXml: string): PageSetup {
  const section = documentXml.slice(documentXml.lastIndexOf('<w:sectPr'));
  const number = (tag: string, name: string): number | undefined => {
    const match = new RegExp(`<w:${tag}\\b[^>]*\\sw:${name}="(\\d+)"`).exec(section);
    return match ? Number(match[1]) : undefined;
  };
  return {
    width: number('pgSz', 'w') ?? packPageSetup.width,
    height: number('pgSz', 'h') ?? packPageSetup.height,
    top: Math.max(number('pgMar', 'top') ?? 0, packPageSetup.top),
    bottom: Math.max(number('pgMar', 'bottom') ?? 0, packPageSetup.bottom),
    left: number('pgMar', 'left') ?? packPageSetup.left,
    right: number('pgMar', 'right') ?? packPageSetup.right,
  };
}

export type DocxMeasure = { pages: number; setup: PageSetup; source: 'record' | 'saved' | 'estimated' };

export function measureDocx(bytes: Uint8Array, recordedPages?: number): DocxMeasure {
  const parts = unzipSync(bytes, {
    filter: (file) => ['word/document.xml', 'docProps/app.xml', 'word/styles.xml'].includes(file.name),
  });
  const documentXml = parts['word/document.xml'] ? strFromU8(parts['word/document.xml']) : '';
  const setup = reportPageSetup(documentXml);
  if (recordedPages && recordedPages > 0) return { pages: recordedPages, setup, source: 'record' };
  const saved = /<Pages>(\d+)<\/Pages>/.exec(
    parts['docProps/app.xml'] ? strFromU8(parts['docProps/app.xml']) : '',
  );
  if (saved && Number(saved[1]) > 0) return { pages: Number(saved[1]), setup, source: 'saved' };
  const metrics = textMetrics(parts['word/styles.xml'] ? strFromU8(parts['word/styles.xml']) : '');
  return { pages: estimateBodyPages(documentXml, setup, metrics), setup, source: 'estimated' };
}

export { chunkLines, estimateBodyPages } from './body-estimate';
