import type { IPatch } from 'docx';
import { Paragraph, PatchType, TextRun, patchDocument } from 'docx';
import { partText, readDocxParts, writeDocxParts } from '../docx-merge';
import { rewriteBody } from '../docx-merge/body-rewrite';
import { importNumbering } from '../docx-merge/numbering-import';
import { importRelationships } from '../docx-merge/relationship-import';
import { setPartText } from '../docx-merge/zip-parts';
import { withSectionAtEnd } from '../docx-merge/splice';
import { bodyChildren, mergeNamespaces } from '../docx-merge/xml-text';
import { checkTemplate } from '../templates/check-template';
import { placeholderPatches } from '../templates/placeholder-patches';
import type { TemplateValues } from '../templates/placeholders';
import { withTemplateFirstPage } from './template-first-page';
import { copyHeaderPart, referencedPart, templateStyles } from './template-parts';

const bodyMarker = 'CHAMBER-TEMPLATE-BODY';
/** The builder's paragraph marking where the template's text after {{body}} goes. */
export const templateAfterMarker = 'CHAMBER-TEMPLATE-AFTER';
const sectionPattern = /<w:sectPr\b[\s\S]*?<\/w:sectPr>/;

/**
 * Dress the pack's front sheet and agenda in the organisation's agenda pack template: the template's styles and
 * theme become the pack's, its header and footer (letterhead, logo) go on the front section, its body text goes
 * round the front sheet where {{body}} stood, and its placeholders are filled. The papers keep the pack's own
 * sections and numbered footer, so "(Pages X - Y)" and the blank-page notices work as without a template.
 * Runs on the packed pack before reports are merged, so reports' styles are matched against the template's.
 */
export async function applyPackTemplate(
  packBytes: Uint8Array,
  template: Uint8Array,
  values: TemplateValues,
): Promise<Uint8Array> {
  const check = checkTemplate('agendaPack', template);
  if (!check.ok) throw new Error(`The agenda pack template cannot be used: ${check.problem}`);
  const dressed = readDocxParts(await fillPlaceholders(template, values), 'The agenda pack template');
  const pack = readDocxParts(packBytes, 'The pack');
  const templateXml = partText(dressed, 'word/document.xml') ?? '';
  const templateStylesXml = partText(dressed, 'word/styles.xml');
  if (templateStylesXml)
    setPartText(
      pack,
      'word/styles.xml',
      templateStyles(partText(pack, 'word/styles.xml') ?? '', templateStylesXml),
    );
  const theme = dressed.get('word/theme/theme1.xml');
  if (theme && pack.has('word/theme/theme1.xml')) pack.set('word/theme/theme1.xml', theme);

  const packXml = mergeNamespaces(partText(pack, 'word/document.xml') ?? '', templateXml, 'w:document');
  const frontSection = sectionPattern.exec(packXml)?.[0];
  const templateSection = templateXml.slice(templateXml.lastIndexOf('<w:sectPr'));
  if (!frontSection) throw new Error('The pack has no front section to dress in the template.');
  for (const kind of ['header', 'footer'] as const) {
    const packPart = referencedPart(pack, frontSection, kind);
    const templatePart = referencedPart(dressed, templateSection, kind);
    if (packPart && templatePart) copyHeaderPart(pack, packPart, dressed, templatePart);
  }
  const dressedSection = withTemplatePage(
    withTemplateFirstPage(pack, dressed, frontSection, templateSection),
    templateSection,
  );
  const { before, after } = templateBodyAround(pack, dressed, templateXml);
  setPartText(pack, 'word/document.xml', dressFront(packXml, frontSection, dressedSection, before, after));
  return writeDocxParts(pack);
}

async function fillPlaceholders(template: Uint8Array, values: TemplateValues): Promise<Uint8Array> {
  const patches: Record<string, IPatch> = {
    ...placeholderPatches('agendaPack', values),
    body: { type: PatchType.DOCUMENT, children: [new Paragraph({ children: [new TextRun(bodyMarker)] })] },
  };
  return patchDocument({
    outputType: 'uint8array',
    data: template,
    patches,
    keepOriginalStyles: true,
    trimPlaceholders: true,
  });
}

/** The template's own body text before and after {{body}}, its pictures, links and lists brought into the pack. */
function templateBodyAround(
  pack: Map<string, Uint8Array>,
  template: Map<string, Uint8Array>,
  templateXml: string,
): { before: string; after: string } {
  const relationships = importRelationships(pack, template, 'T');
  const numbering = importNumbering(
    partText(pack, 'word/numbering.xml') ?? '',
    partText(template, 'word/numbering.xml'),
    new Map(),
    4000,
  );
  setPartText(pack, 'word/numbering.xml', numbering.numberingXml);
  const body = rewriteBody(bodyChildren(templateXml), {
    styles: new Map(),
    numIds: numbering.numIds,
    relationships,
    prefix: 'T',
    idOffset: 800_000,
  });
  const markerAt = body.indexOf(`>${bodyMarker}<`);
  if (markerAt < 0) return { before: '', after: body };
  const start = Math.max(body.lastIndexOf('<w:p>', markerAt), body.lastIndexOf('<w:p ', markerAt));
  const end = body.indexOf('</w:p>', markerAt) + '</w:p>'.length;
  return { before: body.slice(0, start), after: body.slice(end).trim() };
}

/**
 * The front section in the template's page set-up and fonts: the front sheet's runs lose their house font so the
 * template's styles decide the typeface. They keep Chamber's sizes: the blank page after the agenda depends on
 * counting the front sheet's pages, which a template's much larger text would make unreliable. Template text after
 * {{body}} goes where the builder left its marker: after the agenda, before any blank-page notice.
 */
function dressFront(
  packXml: string,
  frontSection: string,
  dressedSection: string,
  before: string,
  after: string,
): string {
  const bodyOpen = /<w:body\b[^>]*>/.exec(packXml);
  if (!bodyOpen) throw new Error('The pack has no body.');
  const bodyStart = bodyOpen.index + bodyOpen[0].length;
  const sectionAt = packXml.indexOf(frontSection);
  const frontEnd = packXml.indexOf('</w:p>', sectionAt) + '</w:p>'.length;
  const front = replaceParagraph(
    packXml
      .slice(bodyStart, frontEnd)
      .replace(frontSection, dressedSection)
      .replace(/<w:rFonts\b[^>]*\/>/g, ''),
    templateAfterMarker,
    after,
  );
  return packXml.slice(0, bodyStart) + before + front + packXml.slice(frontEnd);
}

/**
 * Put `replacement` where the marker's paragraph stands. When that paragraph closes the front section (docx puts
 * a section's properties in its last paragraph), the properties move to the end of the replacement.
 */
function replaceParagraph(xml: string, marker: string, replacement: string): string {
  const markerAt = xml.indexOf(`>${marker}<`);
  if (markerAt < 0) return xml;
  const start = Math.max(xml.lastIndexOf('<w:p>', markerAt), xml.lastIndexOf('<w:p ', markerAt));
  const end = xml.indexOf('</w:p>', markerAt) + '</w:p>'.length;
  const section = sectionPattern.exec(xml.slice(start, end))?.[0];
  const placed = !section
    ? replacement
    : replacement
      ? withSectionAtEnd(replacement, section)
      : `<w:p><w:pPr>${section}</w:pPr></w:p>`;
  return xml.slice(0, start) + placed + xml.slice(end);
}

/** The template's paper size and margins (room for its letterhead) on the front section. */
function withTemplatePage(frontSection: string, templateSection: string): string {
  let section = frontSection;
  for (const tag of ['w:pgSz', 'w:pgMar']) {
    const templateValue = new RegExp(`<${tag}\\b[^>]*/>`).exec(templateSection)?.[0];
    if (templateValue) section = section.replace(new RegExp(`<${tag}\\b[^>]*/>`), templateValue);
  }
  return section;
}
