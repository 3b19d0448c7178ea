import { db, type SyncedTableName } from '../db/database';
import { putRecord, updateRecord } from '../db/gate';
import { newId, writeTransaction } from '../db/repositories/transaction';
import type { SyncConflict } from '../domain/model';
import { recordSchemas } from './format/record-schemas';

/** Conflicts waiting for the clerk, oldest first. */
export async function listOpenConflicts(): Promise<SyncConflict[]> {
  const open = await db.conflicts.where('resolved').equals(0).toArray();
  return open.sort((a, b) => a.detectedAt.localeCompare(b.detectedAt));
}

/** Keep this laptop's version, the other laptop's, or a text the clerk combined from both. */
export type ConflictChoice = { keep: 'local' } | { keep: 'remote' } | { combined: unknown };

/**
 * Resolve a conflict. The chosen text is written through the change gate as a new local edit, so it carries a
 * stamp later than both versions and travels back to the other laptop, which then settles its own copy of the
 * conflict (merge/conflicts.ts isSettledBy).
 *
 * A conflict on a whole record (field '*': text edited on one laptop, the record deleted on the other) keeps
 * the edited record by bringing it back under a new id: the deletion stands everywhere, and nothing is lost.
 */
export async function resolveConflict(conflictId: string, choice: ConflictChoice): Promise<void> {
  const conflict = await db.conflicts.get(conflictId);
  if (!conflict) throw new Error('That conflict is no longer recorded: it may have been resolved already.');
  const table = conflict.table as SyncedTableName;
  const value =
    'combined' in choice
      ? choice.combined
      : choice.keep === 'local'
        ? conflict.localValue
        : conflict.remoteValue;
  await writeTransaction([db.table(table), db.conflicts], async () => {
    if (conflict.field === '*') await restoreRecord(table, value);
    else await chooseText(table, conflict, value);
    await db.conflicts.update(conflictId, { resolved: 1 });
  });
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
