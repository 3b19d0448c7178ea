import type { DocxParts } from './zip-parts';
import { partText, setPartText } from './zip-parts';
import { attribute, elements, mergeNamespaces } from './xml-text';

export type FootnoteImport = {
  /** Report footnote id -> pack footnote id, for the body's footnote references. */
  ids: Map<string, string>;
  /** The report's footnotes, ready to rewrite (styles) and append to the pack's footnotes part. */
  footnotes: string[];
  warnings: string[];
};

/**
 * The report's own footnotes (not the separators every footnotes part starts with) under fresh ids that follow
 * the pack's, so two reports' "footnote 1" never meet. Footnotes may not carry pictures or links here: a link is
 * kept as plain text and a picture left out, with a warning, since their relationships belong to another part.
 */
export function importFootnotes(pack: DocxParts, report: DocxParts, label: string): FootnoteImport {
  const ids = new Map<string, string>();
  const reportXml = partText(report, 'word/footnotes.xml');
  const notes = reportXml
    ? elements(reportXml, 'w:footnote').filter((note) => {
        const type = attribute(note, 'w:type');
        return !type || type === 'normal';
      })
    : [];
  if (notes.length === 0) return { ids, footnotes: [], warnings: [] };
  const packXml = partText(pack, 'word/footnotes.xml');
  if (packXml === undefined) {
    return {
      ids,
      footnotes: [],
      warnings: [`${label} has ${notes.length} footnote(s), which this pack could not carry.`],
    };
  }
  let next =
    Math.max(0, ...elements(packXml, 'w:footnote').map((note) => Number(attribute(note, 'w:id')))) + 1;
  let linked = 0;
  const footnotes = notes.map((note) => {
    const id = attribute(note, 'w:id') ?? '';
    const packId = String(next);
    next += 1;
    ids.set(id, packId);
    if (/\sr:(?:id|embed|link)="/.test(note)) linked += 1;
    return note
      .replace(/(\sw:id=")[^"]*"/, `$1${packId}"`)
      .replace(/<w:hyperlink\b[^>]*>([\s\S]*?)<\/w:hyperlink>/g, '$1')
      .replace(/<w:drawing\b[\s\S]*?<\/w:drawing>/g, '');
  });
  setPartText(pack, 'word/footnotes.xml', mergeNamespaces(packXml, reportXml ?? '', 'w:footnotes'));
  const warnings =
    linked > 0
      ? [`${label}: ${linked} footnote(s) held links or pictures; the pack prints their text only.`]
      : [];
  return { ids, footnotes, warnings };
}

/** Append rewritten footnotes to the pack's footnotes part. */
export function appendFootnotes(pack: DocxParts, footnotes: string[]): void {
  if (footnotes.length === 0) return;
  const packXml = partText(pack, 'word/footnotes.xml') ?? '';
  setPartText(
    pack,
    'word/footnotes.xml',
    packXml.replace('</w:footnotes>', `${footnotes.join('')}</w:footnotes>`),
  );
}

/** What the pack deliberately leaves out of a report, said so the clerk is not surprised by the printout. */
export function leftOutNotes(report: DocxParts, label: string): string[] {
  const warnings: string[] = [];
  const comments = elements(partText(report, 'word/comments.xml') ?? '', 'w:comment').length;
  if (comments > 0) {
    warnings.push(
      `${label} has ${comments} comment${comments === 1 ? '' : 's'} in the margin: comments are notes between authors and are not printed in the pack.`,
    );
  }
  const endnotes = elements(partText(report, 'word/endnotes.xml') ?? '', 'w:endnote').filter(
    (note) => !attribute(note, 'w:type') || attribute(note, 'w:type') === 'normal',
  ).length;
  if (endnotes > 0) {
    warnings.push(
      `${label} has ${endnotes} endnote${endnotes === 1 ? '' : 's'}, which the pack leaves out: ask the author to make them footnotes, or attach the report as PDF.`,
    );
  }
  return warnings;
}
