import { db } from '../../../db/database';
import { saveResolution } from '../../../db/repositories/minutes';
import type { Phrase } from '../../../domain/model';
import { resolutionLinesAfterPhrase } from '../../../domain/phrases';
import { resolutionFromLines, resolutionToLines } from '../../../domain/resolution-text';

/** What a resolution field does with a resolution phrase used on its minute. */
type Listener = (phrase: Phrase) => void;

// By minute: a phrase used on the item in front reaches that item's resolution field and no other.
const fields = new Map<string, Listener>();

/**
 * The open resolution field of a minute takes its resolution phrases into its own box, which stores them as
 * the clerk's typing is stored (saveResolution): the box and the record never disagree, and a box showing old
 * words never writes them back over the phrase. Returns the way to stop.
 */
export function takeResolutionPhrases(minuteId: string, listener: Listener): () => void {
  fields.set(minuteId, listener);
  return () => {
    if (fields.get(minuteId) === listener) fields.delete(minuteId);
  };
}

/**
 * Use a resolution phrase on one minute: "Report noted (RESOLVED)" makes its resolution "RESOLVED: That the
 * report be noted.", or adds the sentence as a further clause after what the clerk already wrote. Where no field
 * for the minute is open, it is stored straight through the same repository call.
 */
export async function applyResolutionPhrase(minuteId: string, phrase: Phrase): Promise<void> {
  const field = fields.get(minuteId);
  if (field) {
    field(phrase);
    return;
  }
  const existing = (await db.resolutions.where('minuteId').equals(minuteId).sortBy('order'))[0];
  const lines = resolutionLinesAfterPhrase(existing ? resolutionToLines(existing) : '', phrase.text);
  await saveResolution(minuteId, { verb: phrase.verb ?? 'resolved', ...resolutionFromLines(lines) });
}
