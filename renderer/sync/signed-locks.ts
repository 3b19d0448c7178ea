import type { Transaction } from 'dexie';
import type { CheckedBundle } from './format/bundle-read';
import { tablePieces } from './format/table-read';
import { mergedInto } from '../db/repositories/person-merge';
import type { Person } from '../domain/model';
import type { SignedLocks } from './merge/signed-minutes';

/**
 * The meetings whose minutes are signed on this laptop, and those of them the file brings a new correction
 * for: a revision with the clerk's reason (correctSignedMinute, or an approval undone) this laptop does not
 * hold yet. A correction
 * made on the other laptop lets that meeting's changes through, as the reason let them through there.
 * Reads through the import's own transaction (see syncTransaction).
 */
export async function readSignedLocks(transaction: Transaction, bundle: CheckedBundle): Promise<SignedLocks> {
  const signed = new Set(
    (await transaction.table('meetings').where('status').equals('minutesApproved').primaryKeys()).map(String),
  );
  if (signed.size === 0) return { signed, corrected: new Set() };
  const corrections = new Map<string, string>();
  for (const piece of tablePieces(bundle, 'minuteRevisions'))
    for (const state of piece) {
      const change = state.values?.signedChange as { kind?: unknown } | undefined;
      const minuteId = state.values?.minuteId;
      const reasoned = change?.kind === 'corrected' || change?.kind === 'approvalUndone';
      if (reasoned && typeof minuteId === 'string') corrections.set(state.id, minuteId);
    }
  const held = await transaction.table('minuteRevisions').bulkGet([...corrections.keys()]);
  const newMinuteIds = [...corrections.values()].filter((_, index) => !held[index]);
  const minutes = await transaction.table('minutes').bulkGet(newMinuteIds);
  const corrected = new Set<string>();
  for (const minute of minutes) {
    const meetingId = (minute as { meetingId?: unknown } | undefined)?.meetingId;
    if (typeof meetingId === 'string') corrected.add(meetingId);
  }
  return { signed, corrected, movedPeople: await movedPeople(transaction, bundle) };
}

/** Every person merged into another, as this laptop and the file know them together (removed id -> kept id). */
async function movedPeople(transaction: Transaction, bundle: CheckedBundle): Promise<Map<string, string>> {
  const people: Pick<Person, 'id' | 'mergedFromIds'>[] = await transaction
    .table<Person, string>('people')
    .toArray();
  for (const piece of tablePieces(bundle, 'people'))
    for (const state of piece) {
      const mergedFromIds = state.values?.mergedFromIds;
      if (Array.isArray(mergedFromIds))
        people.push({ id: state.id, mergedFromIds: mergedFromIds.filter((id) => typeof id === 'string') });
    }
  return mergedInto(people);
}
