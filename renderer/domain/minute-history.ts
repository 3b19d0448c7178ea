import type { RichText, RichTextNode } from './model';
import { tableRowText } from './rich-text';

/**
 * When to keep a copy of a minute's text before a change, so an overwritten paragraph can be brought back:
 * at least every 30 seconds of editing, and at once when a change removes a paragraph or a good run of words
 * (a selection typed over, a paragraph deleted). The copy kept is the text BEFORE the change.
 */
export const revisionIntervalMs = 30_000;
/** Characters lost in one change that count as "overwritten" rather than a few backspaces. */
export const overwriteThreshold = 20;

export type RevisionCheck = {
  before: RichText;
  after: RichText;
  /** Milliseconds since the last copy was kept, or undefined if none yet for this minute in this session. */
  sinceLastRevisionMs: number | undefined;
};

/** What the revision rule compares: the plain text's length, and its lines with words on them. */
export type TextMeasure = { characters: number; blocks: number };

const measured = new WeakMap<RichText, TextMeasure>();

/**
 * `richTextToPlain(doc).length`, and how many of its lines hold more than spaces, worked out in one walk
 * without building the text: the rule runs at every keystroke on the whole minute, and the strings it used to
 * build were a good part of the garbage each stored keystroke left for the collector (whose pauses are what a
 * clerk sees as a stutter). Kept per document: the text after one keystroke is the text before the next.
 */
export function measureText(doc: RichText): TextMeasure {
  const known = measured.get(doc);
  if (known) return known;
  let characters = 0;
  let lines = 0;
  let blocks = 0;
  let lineHasWords = false;
  const endLine = () => {
    if (lineHasWords) blocks += 1;
    lineHasWords = false;
  };
  const inline = (node: RichTextNode): void => {
    if (node.type === 'text') {
      const text = node.text ?? '';
      characters += text.length;
      if (!lineHasWords && /\S/.test(text)) lineHasWords = true;
    } else if (node.type === 'hardBreak') {
      characters += 1;
      endLine();
    } else for (const child of node.content ?? []) inline(child);
  };
  const visit = (node: RichTextNode): void => {
    if (node.type === 'paragraph' || node.type === 'heading') {
      lines += 1;
      inline(node);
      endLine();
    } else if (node.type === 'tableRow') {
      // Tables are rare and short: their one line per row is built, as richTextToPlain builds it.
      const row = tableRowText(node);
      lines += 1;
      characters += row.length;
      if (/\S/.test(row)) blocks += 1;
    } else for (const child of node.content ?? []) visit(child);
  };
  for (const node of doc.content) visit(node);
  const measure = { characters: characters + Math.max(0, lines - 1), blocks };
  measured.set(doc, measure);
  return measure;
}

export function shouldKeepRevision({ before, after, sinceLastRevisionMs }: RevisionCheck): boolean {
  const was = measureText(before);
  if (was.blocks === 0) return false;
  const now = measureText(after);
  if (now.blocks < was.blocks) return true;
  if (was.characters - now.characters >= overwriteThreshold) return true;
  return sinceLastRevisionMs === undefined || sinceLastRevisionMs >= revisionIntervalMs;
}
