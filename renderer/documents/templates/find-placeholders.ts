import { decodeXML } from 'entities';

/**
 * The {{placeholders}} in Word XML, as a reader sees them. Word often splits what was typed as "{{committee}}" over
 * several runs ("{{", "commit", "tee}}") after a spelling check or an edit, so each paragraph's text is joined
 * from its runs before searching: the split form and the typed form are the same placeholder.
 */
export type FoundPlaceholder = {
  name: string;
  /** The whole paragraph's text, to check that {{body}} stands alone. */
  paragraphText: string;
};

const paragraphPattern = /<w:p[\s>][\s\S]*?<\/w:p>/g;
const textPattern = /<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g;
const placeholderPattern = /\{\{\s*([^{}]*?)\s*\}\}/g;

export function findPlaceholders(xml: string): FoundPlaceholder[] {
  const found: FoundPlaceholder[] = [];
  for (const paragraph of xml.match(paragraphPattern) ?? []) {
    const text = [...paragraph.matchAll(textPattern)].map((match) => decodeXML(match[1] ?? '')).join('');
    for (const match of text.matchAll(placeholderPattern))
      found.push({ name: match[1] ?? '', paragraphText: text });
  }
  return found;
}
