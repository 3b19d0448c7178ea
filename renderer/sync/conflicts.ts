import type { Transaction } from 'dexie';
import { db, syncedTables, type SyncedTableName } from '../db/database';
import { loadDeviceClock, movePastForChoice } from '../db/device';
import { putRecord, updateRecord } from '../db/gate';
import { readStates } from '../db/sync-apply';
import type { SignedCorrection } from '../db/repositories/signed-minutes';
import { newId, writeTransaction } from '../db/repositories/transaction';
import type { SyncConflict } from '../domain/model';
import { recordSchemas } from './format/record-schemas';
import { originOf } from './merge/knowledge';
import { conflictId, orientFor, type CarriedConflict } from './merge/conflicts';
import { planCarriedConflicts, type HeldConflict, type MergePlan } from './merge/plan';
import type { Knowledge, RecordState } from './merge/types';
import { keepSignedCorrection, signedConflictTables } from './signed-conflicts';

/**
 * Conflicts waiting for the clerk, oldest first, each as this laptop shows it: "mine" (localValue) is the
 * version written here, or, for a conflict between two other laptops, the one the record holds now; the
 * other laptop (remoteDeviceId) is the one that wrote the other version. A conflict carried here from the
 * laptop that found it is stored as that laptop saw it.
 */
export async function listOpenConflicts(): Promise<SyncConflict[]> {
  const { deviceId } = await loadDeviceClock(db);
  const open = await db.conflicts.where('resolved').equals(0).toArray();
  return open
    .sort((a, b) => a.detectedAt.localeCompare(b.detectedAt))
    .map((each) => shownHere(each, deviceId));
}

function shownHere(conflict: SyncConflict, deviceId: string): SyncConflict {
  const oriented = orientFor(conflict, deviceId);
  return { ...oriented, remoteDeviceId: originOf(oriented.remoteStamp) };
}

/** Every conflict held here, open and settled, as a file carries it (merge/conflicts.ts CarriedConflict). */
export async function conflictsToCarry(keys?: ReadonlySet<string>): Promise<CarriedConflict[]> {
  const held = await db.conflicts.toArray();
  return held
    .filter((conflict) => !keys || keys.has(`${conflict.table}/${conflict.recordId}`))
    .map(({ id, table, recordId, field, localValue, remoteValue, localStamp, remoteStamp, resolved }) => ({
      id,
      table,
      recordId,
      field,
      localValue,
      remoteValue,
      localStamp,
      remoteStamp,
      resolved: resolved === 1,
    }));
}

/** Keep this laptop's version, the other laptop's, or a text the clerk combined from both. */
export type ConflictChoice = { keep: 'local' } | { keep: 'remote' } | { combined: unknown };

/**
 * Resolve a conflict: a person's choice, the only thing that settles one. The chosen text is written through the
 * change gate as a new local edit stamped later than both versions (the clock moved past them first, even past
 * a version from a laptop days fast), and the conflict, marked settled, travels in the next file to every
 * other laptop, which settles its own copy (merge/plan.ts). "local" is mine as listOpenConflicts shows it.
 *
 * A conflict on a whole record (field '*': text edited on one laptop, the record deleted on the other) keeps
 * the edited record by bringing it back under a new id: the deletion stands everywhere, and nothing is lost.
 *
 * On approved and signed minutes, a choice that changes them needs the clerk's reason (`correction`), kept as
 * a correction that prints in the minutes' history; without one it is refused (signed-conflicts.ts).
 */
export async function resolveConflict(
  conflictId: string,
  choice: ConflictChoice,
  correction?: SignedCorrection,
): Promise<void> {
  const stored = await db.conflicts.get(conflictId);
  if (!stored) throw new Error('That conflict is no longer recorded: it may have been resolved already.');
  const conflict = shownHere(stored, (await loadDeviceClock(db)).deviceId);
  await movePastForChoice(db, [conflict.localStamp, conflict.remoteStamp]);
  const table = conflict.table as SyncedTableName;
  const value =
    'combined' in choice
      ? choice.combined
      : choice.keep === 'local'
        ? conflict.localValue
        : conflict.remoteValue;
  const tables = new Set([db.table(table), db.conflicts, ...signedConflictTables()]);
  await writeTransaction([...tables], async () => {
    await keepSignedCorrection(conflict, await changesRecord(table, conflict, choice, value), correction);
    if (conflict.field === '*') await restoreRecord(table, value);
    else await chooseText(table, conflict, value);
    await db.conflicts.update(conflictId, { resolved: 1 });
  });
}

/** Whether settling writes something other than what the record holds now. */
async function changesRecord(
  table: SyncedTableName,
  conflict: SyncConflict,
  choice: ConflictChoice,
  value: unknown,
): Promise<boolean> {
  // A whole record: keeping this laptop's version (the record as it was) or a deletion writes nothing new.
  if (conflict.field === '*')
    return !!value && typeof value === 'object' && !('keep' in choice && choice.keep === 'local');
  const current = (await db.table(table).get(conflict.recordId)) as Record<string, unknown> | undefined;
  return JSON.stringify(current?.[conflict.field] ?? null) !== JSON.stringify(value ?? null);
}

async function chooseText(table: SyncedTableName, conflict: SyncConflict, value: unknown): Promise<void> {
  const current = (await db.table(table).get(conflict.recordId)) as Record<string, unknown> | undefined;
  if (!current) {
    throw new Error(
      'That record was deleted on another laptop after the conflict. Both versions stay listed here.',
    );
  }
  const valid = recordSchemas[table].safeParse({
    ...current,
    [conflict.field]: value,
  });
  if (!valid.success)
    throw new Error(`That text cannot be saved as the ${conflict.field}: ${valid.error.issues[0]?.message}`);
  await updateRecord(db, table, conflict.recordId, { [conflict.field]: value });
}

async function restoreRecord(table: SyncedTableName, kept: unknown): Promise<void> {
  if (!kept || typeof kept !== 'object') return; // The clerk chose the deletion: nothing to bring back.
  await putRecord(db, table, { ...(kept as Record<string, unknown>), id: newId() });
}

/**
 * The conflicts a file carries, taken up inside its import's transaction once its records are in (see
 * merge/plan.ts planCarriedConflicts): read what is held here, plan, and keep only versions that are valid
 * record fields (a carried value is checked here, as a clerk's choice is in chooseText).
 */
export async function planFileConflicts(
  transaction: Transaction,
  carried: readonly CarriedConflict[],
  localKnowledge: Knowledge,
): Promise<{ plan: MergePlan; local: Map<string, RecordState> }> {
  const known = carried.filter((conflict) => (syncedTables as readonly string[]).includes(conflict.table));
  const stored = known.length > 0 ? await transaction.table<SyncConflict, string>('conflicts').toArray() : [];
  const held = new Map<string, HeldConflict>(
    stored.map((conflict) => [conflictId(conflict), { id: conflict.id, resolved: conflict.resolved === 1 }]),
  );
  const refs = known.map((conflict) => ({ table: conflict.table as SyncedTableName, id: conflict.recordId }));
  const local = await readStates(transaction, refs);
  const plan = planCarriedConflicts(known, held, local, localKnowledge);
  const valid = (state: RecordState) =>
    recordSchemas[state.table as SyncedTableName].safeParse({ ...state.values, id: state.id }).success;
  const invalid = new Set(plan.writes.filter((state) => !valid(state)));
  if (invalid.size > 0) {
    plan.writes = plan.writes.filter((state) => !invalid.has(state));
    plan.merges = plan.merges.filter((merge) => !invalid.has(merge.merged));
  }
  return { plan, local };
}
