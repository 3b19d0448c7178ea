import type { Transaction } from 'dexie';

/**
 * Version 1 stored memberships without a print order, meetings without a type, and actions without updates.
 * Version 2 fills them in so every later reader can rely on them.
 */
export async function upgradeToV2(tx: Transaction): Promise<void> {
  const byCommittee = new Map<string, number>();
  await tx
    .table('memberships')
    .toCollection()
    .modify((membership: { committeeId: string; order?: number }) => {
      if (typeof membership.order === 'number') return;
      const next = byCommittee.get(membership.committeeId) ?? 0;
      membership.order = next;
      byCommittee.set(membership.committeeId, next + 1);
    });
  await tx
    .table('meetings')
    .toCollection()
    .modify((meeting: { type?: string; status?: string }) => {
      meeting.type ??= 'ordinary';
      meeting.status ??= 'planned';
    });
  await tx
    .table('actions')
    .toCollection()
    .modify((action: { updates?: unknown[]; outcome?: string; ownerText?: string }) => {
      action.updates ??= [];
      action.outcome ??= '';
      action.ownerText ??= '';
    });
}

type ClockRow = { key: string; recordId: string; fields: Record<string, string>; deletedAt?: string };

/**
 * Version 3 keeps each living record's field stamps in its own row (see record-stamps.ts): each clock row of
 * a record that exists moves into the record and is removed; tombstones stay. A table is done at a time, so
 * an archive's clocks are never all held at once.
 */
export function upgradeToV3(tables: readonly string[]): (tx: Transaction) => Promise<void> {
  return async (tx) => {
    const clocks = tx.table<ClockRow, string>('clocks');
    for (const table of tables) {
      const rows = await clocks.where('key').startsWith(`${table}/`).toArray();
      const living = new Map(rows.filter((row) => !row.deletedAt).map((row) => [row.recordId, row]));
      if (living.size === 0) continue;
      const moved: string[] = [];
      await tx
        .table(table)
        .toCollection()
        .modify((record: { id: string; _stamps?: Record<string, string> }) => {
          const clock = living.get(record.id);
          if (!clock) return;
          record._stamps = clock.fields;
          moved.push(clock.key);
        });
      await clocks.bulkDelete(moved);
    }
  };
}
