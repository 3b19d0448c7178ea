import type { DocxParts } from '../docx-merge';
import { partText } from '../docx-merge';
import { setPartText } from '../docx-merge/zip-parts';
import { copyHeaderPart, referencedPart } from './template-parts';

const titlePagePattern = /<w:titlePg\b([^>]*)\/>/;
// Elements that come after <w:titlePg/> in a section's properties (ECMA-376 CT_SectPr order).
const afterTitlePage = /<w:(?:textDirection|bidi|rtlGutter|docGrid|printerSettings|sectPrChange)\b/;
const partTypes = {
  header: 'application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml',
  footer: 'application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml',
};

/**
 * Letterheads are often on the first page only: Word's "Different first page", with its own first-page header
 * and footer. When the template has it, the front sheet gets the template's first-page header and footer and
 * the agenda's later pages its usual ones, as the organisation's own papers print. Returns the front section's
 * properties with the first-page references added; the parts are written into the pack.
 */
export function withTemplateFirstPage(
  pack: DocxParts,
  template: DocxParts,
  frontSection: string,
  templateSection: string,
): string {
  if (!differentFirstPage(templateSection)) return frontSection;
  let section = frontSection;
  for (const kind of ['header', 'footer'] as const) {
    const templatePart = referencedPart(template, templateSection, kind, 'first');
    if (!templatePart) continue; // Word leaves that first-page header or footer blank, and so does the pack
    const existing = referencedPart(pack, section, kind, 'first');
    const packPart = existing ?? addFirstPagePart(pack, kind);
    copyHeaderPart(pack, packPart, template, templatePart);
    if (!existing) section = withReference(section, kind, firstPageId(kind));
  }
  return titlePagePattern.test(section) ? section : withTitlePage(section);
}

function differentFirstPage(sectionXml: string): boolean {
  const titlePage = titlePagePattern.exec(sectionXml);
  if (!titlePage) return false;
  const value = /w:val="([^"]*)"/.exec(titlePage[1] ?? '')?.[1];
  return value !== '0' && value !== 'false' && value !== 'off';
}

const firstPageId = (kind: 'header' | 'footer') => `rIdChamberFirst${kind}`;

/** A new, empty header or footer part in the pack, related from the document and declared in the content types. */
function addFirstPagePart(pack: DocxParts, kind: 'header' | 'footer'): string {
  const fileName = `${kind}-first-page.xml`;
  const rels = partText(pack, 'word/_rels/document.xml.rels') ?? '';
  const type = `http://schemas.openxmlformats.org/officeDocument/2006/relationships/${kind}`;
  const relationship = `<Relationship Id="${firstPageId(kind)}" Type="${type}" Target="${fileName}"/>`;
  setPartText(
    pack,
    'word/_rels/document.xml.rels',
    rels.replace('</Relationships>', `${relationship}</Relationships>`),
  );
  const types = partText(pack, '[Content_Types].xml') ?? '';
  const override = `<Override PartName="/word/${fileName}" ContentType="${partTypes[kind]}"/>`;
  setPartText(pack, '[Content_Types].xml', types.replace('</Types>', `${override}</Types>`));
  return `word/${fileName}`;
}

function withReference(section: string, kind: 'header' | 'footer', id: string): string {
  return section.replace(
    /<w:sectPr\b[^>]*>/,
    (open) => `${open}<w:${kind}Reference w:type="first" r:id="${id}"/>`,
  );
}

function withTitlePage(section: string): string {
  const at = afterTitlePage.exec(section)?.index ?? section.lastIndexOf('</w:sectPr>');
  return `${section.slice(0, at)}<w:titlePg/>${section.slice(at)}`;
}
