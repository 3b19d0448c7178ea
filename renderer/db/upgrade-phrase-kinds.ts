import type { Transaction } from 'dexie';
import type { Phrase } from '../domain/model';
import { phraseWithKind } from '../domain/phrases';

/**
 * Version 8 gives each phrase its kind (domain/phrases.ts `phraseWithKind`): "RESOLVED: That the report be noted."
 * becomes a resolution phrase (RESOLVED, "That the report be noted."), so using it makes the item's resolution
 * instead of typing the words into the minute's text. Every other phrase is plain text, as before. Two laptops
 * upgrading the same phrase agree; the phrase's stamps stay with it (`modify` keeps them, see record-stamps.ts).
 */
export async function upgradeToV8(tx: Transaction): Promise<void> {
  await tx
    .table<Phrase, string>('phrases')
    .toCollection()
    .modify((phrase) => {
      Object.assign(phrase, phraseWithKind(phrase));
    });
}
