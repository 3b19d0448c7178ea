import type { DocxParts } from '../docx-merge';
import { partText } from '../docx-merge';
import { ensureContentType, normalise } from '../docx-merge/relationship-import';
import { setPartText } from '../docx-merge/zip-parts';
import { attribute, elements } from '../docx-merge/xml-text';

/** The part a section's default (or first-page) header or footer reference points at, e.g. "word/header1.xml". */
export function referencedPart(
  parts: DocxParts,
  sectionXml: string,
  kind: 'header' | 'footer',
  page: 'default' | 'first' = 'default',
): string | undefined {
  const reference = elements(sectionXml, `w:${kind}Reference`).find(
    (element) => attribute(element, 'w:type') === page,
  );
  const id = reference && attribute(reference, 'r:id');
  if (!id) return undefined;
  const rels = partText(parts, 'word/_rels/document.xml.rels') ?? '';
  const relationship = elements(rels, 'Relationship').find((element) => attribute(element, 'Id') === id);
  const target = relationship && attribute(relationship, 'Target');
  return target ? `word/${target.replace(/^\/?word\//, '').replace(/^\//, '')}` : undefined;
}

function relsPath(partPath: string): string {
  const slash = partPath.lastIndexOf('/');
  return `${partPath.slice(0, slash)}/_rels/${partPath.slice(slash + 1)}.rels`;
}

/**
 * Put the template's header (or footer) in place of the pack's front-section one: the pack part keeps its name,
 * so the pack's own relationships and content types stay right; the template part's pictures (a logo in the
 * letterhead) come along under fresh media names, with the template's relationship ids, since the whole
 * relationships file of that part is replaced.
 */
export function copyHeaderPart(
  pack: DocxParts,
  packPath: string,
  template: DocxParts,
  templatePath: string,
): void {
  const xml = partText(template, templatePath);
  if (xml === undefined) return;
  setPartText(pack, packPath, xml);
  const rels = partText(template, relsPath(templatePath));
  if (rels === undefined) {
    pack.delete(relsPath(packPath));
    return;
  }
  const rewritten = rels.replace(/<Relationship\b[^>]*?\/>/g, (relationship) => {
    const target = attribute(relationship, 'Target');
    if (!target || attribute(relationship, 'TargetMode') === 'External') return relationship;
    const source = normalise(`word/${target.replace(/^\//, '')}`);
    const bytes = template.get(source);
    if (!bytes) return '';
    const fileName = `T-${source.split('/').pop() ?? 'image'}`;
    pack.set(`word/media/${fileName}`, bytes);
    ensureContentType(pack, template, fileName);
    return relationship.replace(/(\sTarget=")[^"]*"/, `$1media/${fileName}"`);
  });
  setPartText(pack, relsPath(packPath), rewritten);
}

/**
 * The template's styles become the pack's, so the front sheet and agenda read in the organisation's fonts; the
 * pack's own styles that the template lacks (footnote, list and table styles docx relies on) are kept after them.
 */
export function templateStyles(packStylesXml: string, templateStylesXml: string): string {
  const templateIds = new Set(
    elements(templateStylesXml, 'w:style').map((style) => attribute(style, 'w:styleId')),
  );
  const missing = elements(packStylesXml, 'w:style').filter(
    (style) => !templateIds.has(attribute(style, 'w:styleId')),
  );
  const added = missing.map((style) => style.replace(/\sw:default="[^"]*"/, ''));
  return templateStylesXml.replace('</w:styles>', `${added.join('')}</w:styles>`);
}
