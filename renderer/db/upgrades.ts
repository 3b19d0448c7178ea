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
