import { strFromU8, unzipSync } from 'fflate';
import type { PageSetup } from './page-estimate';
import { houseMetrics, lineHeight, textMetrics } from './body-estimate';
import { chunkLines, reportPageSetup } from './page-estimate';

/** What the organisation's template adds round the front sheet, for counting the front matter's pages. */
export type TemplateFront = {
  setup: PageSetup;
  linesBefore: number;
  linesAfter: number;
  /** How much taller a line of the template's ordinary text is than Chamber's Arial 11 pt. */
  lineScale: number;
};

/**
 * The template's page (its margins, made deeper by a letterhead taller than the space above the text) and the
 * lines of its own text before and after {{body}}, so the blank-page notice after the agenda still falls on an
 * even page when the template adds a letterhead block or a closing address.
 */
export function templateFront(template: Uint8Array): TemplateFront {
  const parts = unzipSync(template, {
    filter: (file) =>
      ['word/document.xml', 'word/styles.xml'].includes(file.name) ||
      /^word\/header\d*\.xml$/.test(file.name),
  });
  const documentXml = parts['word/document.xml'] ? strFromU8(parts['word/document.xml']) : '';
  const setup = reportPageSetup(documentXml);
  const headerHeight = Math.max(
    0,
    ...Object.entries(parts)
      .filter(([name]) => name.startsWith('word/header'))
      .map(([, bytes]) => headerTwips(strFromU8(bytes))),
  );
  const headerRoom = setup.top - 567;
  const withHeader = { ...setup, top: setup.top + Math.max(0, headerHeight - headerRoom) };
  const body = documentXml.slice(0, documentXml.lastIndexOf('<w:sectPr'));
  const at = body.search(/\{\{\s*body\s*\}\}/);
  const split = at < 0 ? body.length : body.lastIndexOf('<w:p', at);
  const metrics = textMetrics(parts['word/styles.xml'] ? strFromU8(parts['word/styles.xml']) : '');
  return {
    lineScale: lineHeight(metrics) / lineHeight(houseMetrics),
    setup: withHeader,
    linesBefore: chunkLines(body.slice(0, split), withHeader),
    linesAfter: chunkLines(body.slice(body.indexOf('</w:p>', at) + 6), withHeader),
  };
}

/** Twips a header takes: a line per paragraph and the height of its pictures. */
function headerTwips(xml: string): number {
  const paragraphs = (xml.match(/<w:p[\s>]/g) ?? []).length;
  const pictures = [...xml.matchAll(/<wp:extent\s+cx="\d+"\s+cy="(\d+)"/g)].reduce(
    (sum, match) => sum + Number(match[1]) / 635,
    0,
  );
  return paragraphs * 276 + pictures;
}
