import { readStates } from '../../db/sync-apply';
import type { TableSource } from '../../db/sync-read';
import { recordKey } from '../merge/types';
import { mayBeDeleted, missing, type OpenLink } from './references';

/**
 * The links a file leaves to this laptop (an agenda item of a meeting held here, a minute of an item here) must
 * find their records here, living (or, for what a clerk can remove, at least deleted here: references.ts).
 * Read through the import's own transaction (`source`), before anything is written, so a refusal leaves the
 * laptop as it was and a record deleted meanwhile is not linked to. Throws the refusal of the first that does
 * not.
 */
export async function checkLinksHeld(source: TableSource, links: readonly OpenLink[]): Promise<void> {
  if (links.length === 0) return;
  const refs = links.map((link) => ({ table: link.target, id: link.targetId }));
  const held = await readStates(source, refs);
  for (const link of links) {
    const state = held.get(recordKey(link.target, link.targetId));
    if (state?.values) continue;
    if (!state) throw missing(link);
    if (!mayBeDeleted(link)) throw missing(link, 'is deleted on this laptop');
  }
}
