import { attribute, elements, escapeXml } from './xml-text';

/** How a report's style ids map onto the pack's, and which imported style stands for the report's defaults. */
export type StyleMap = {
  ids: Map<string, string>;
  /** The report's default paragraph style, as named in the pack: given to paragraphs that name no style. */
  defaultParagraphStyle?: string;
};

/**
 * Decide the pack id of every report style: a style identical to the pack's is shared, a clashing one is renamed
 * with the report's prefix, a new one keeps its id. Renaming (not overwriting) keeps the pack's own look intact.
 */
export function mapStyles(packStylesXml: string, reportStylesXml: string, prefix: string): StyleMap {
  const packStyles = new Map(
    elements(packStylesXml, 'w:style').map((style) => [attribute(style, 'w:styleId'), style]),
  );
  const ids = new Map<string, string>();
  let defaultParagraphStyle: string | undefined;
  for (const style of elements(reportStylesXml, 'w:style')) {
    const id = attribute(style, 'w:styleId');
    if (!id) continue;
    const existing = packStyles.get(id);
    const shared = existing !== undefined && withoutDefault(existing) === withoutDefault(style);
    const packId = existing === undefined || shared ? id : `${prefix}${id}`;
    ids.set(id, packId);
    const isDefault = /\sw:default="(1|true)"/.test(style.slice(0, style.indexOf('>')));
    if (isDefault && attribute(style, 'w:type') === 'paragraph') defaultParagraphStyle = packId;
  }
  // The report's default style must carry the report's document defaults, so it is never shared with the pack's.
  if (
    defaultParagraphStyle &&
    !defaultParagraphStyle.startsWith(prefix) &&
    packStyles.has(defaultParagraphStyle)
  ) {
    const original = defaultParagraphStyle;
    defaultParagraphStyle = `${prefix}${original}`;
    ids.set(original, defaultParagraphStyle);
  }
  return { ids, defaultParagraphStyle };
}

/** The report's styles that the pack does not already have, rewritten to their pack ids, ready to append. */
export function importedStyles(
  packStylesXml: string,
  reportStylesXml: string,
  map: StyleMap,
  numIds: Map<string, string>,
  label: string,
): string {
  const packIds = new Set(elements(packStylesXml, 'w:style').map((style) => attribute(style, 'w:styleId')));
  const defaults = documentDefaults(reportStylesXml);
  const added: string[] = [];
  for (const style of elements(reportStylesXml, 'w:style')) {
    const id = attribute(style, 'w:styleId');
    const packId = id ? map.ids.get(id) : undefined;
    if (!id || !packId || packIds.has(packId)) continue;
    let rewritten = withoutDefault(style)
      .replace(/(\sw:styleId=")[^"]*"/, `$1${packId}"`)
      .replace(/<w:(basedOn|next|link)\s+w:val="([^"]*)"/g, (_all, kind: string, value: string) => {
        return `<w:${kind} w:val="${map.ids.get(value) ?? value}"`;
      })
      .replace(/(<w:numId\s+w:val=")([^"]*)"/g, (_all, start: string, value: string) => {
        return `${start}${numIds.get(value) ?? value}"`;
      });
    if (packId !== id)
      rewritten = rewritten.replace(
        /(<w:name\s+w:val=")([^"]*)"/,
        `$1$2 (${escapeXml(label.replace(/"/g, ''))})"`,
      );
    if (packId === map.defaultParagraphStyle) rewritten = withDocumentDefaults(rewritten, defaults);
    added.push(rewritten);
  }
  return added.join('');
}

function withoutDefault(style: string): string {
  return style.replace(/\sw:default="[^"]*"/, '');
}

type Defaults = { paragraph: string; run: string };

function documentDefaults(stylesXml: string): Defaults {
  const docDefaults = elements(stylesXml, 'w:docDefaults')[0] ?? '';
  const inner = (tag: string): string => {
    const match = new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(docDefaults);
    return match?.[1] ?? '';
  };
  return { paragraph: inner('w:pPr'), run: inner('w:rPr') };
}

/**
 * Fold the report's document defaults (its base font, size, spacing) into its default paragraph style, since in the
 * pack the pack's defaults apply: only properties the style does not set itself are added.
 */
function withDocumentDefaults(style: string, defaults: Defaults): string {
  let result = style;
  for (const [tag, inner] of [
    ['w:pPr', defaults.paragraph],
    ['w:rPr', defaults.run],
  ] as const) {
    if (!inner) continue;
    const existing = new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(result);
    const present = new Set([...(existing?.[1] ?? '').matchAll(/<(w:\w+)/g)].map((match) => match[1]));
    const extra = topLevelChildren(inner).filter((child) => !present.has(/^<(w:\w+)/.exec(child)?.[1]));
    if (extra.length === 0) continue;
    if (existing) {
      result = result.replace(existing[0], `<${tag}>${existing[1] ?? ''}${extra.join('')}</${tag}>`);
    } else {
      // pPr must precede rPr inside a style; both follow the name/basedOn elements, so append before the close.
      const insertAt =
        tag === 'w:pPr' && result.includes('<w:rPr>')
          ? result.indexOf('<w:rPr>')
          : result.lastIndexOf('</w:style>');
      result = `${result.slice(0, insertAt)}<${tag}>${extra.join('')}</${tag}>${result.slice(insertAt)}`;
    }
  }
  return result;
}

function topLevelChildren(inner: string): string[] {
  return inner.match(/<(w:\w+)\b[^>]*?(?:\/>|>[\s\S]*?<\/\1>)/g) ?? [];
}
