import type { RichText } from './model';
import { richTextToPlain } from './rich-text';

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

export function blockCount(doc: RichText): number {
  return richTextToPlain(doc)
    .split('\n')
    .filter((line) => line.trim()).length;
}

export function shouldKeepRevision({ before, after, sinceLastRevisionMs }: RevisionCheck): boolean {
  const beforeText = richTextToPlain(before);
  if (!beforeText.trim()) return false;
  if (blockCount(after) < blockCount(before)) return true;
  if (beforeText.length - richTextToPlain(after).length >= overwriteThreshold) return true;
  return sinceLastRevisionMs === undefined || sinceLastRevisionMs >= revisionIntervalMs;
}
