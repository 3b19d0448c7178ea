import type { Table, Transaction } from 'dexie';
import { newPaperStatus } from '../domain/exempt-papers';
import type { AgendaItem, AttachedDocument } from '../domain/model';
import { stampsOf, withStamps } from './record-stamps';
import { reportUpgradeProgress, type UpgradeProgress } from './upgrade-progress';

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

/** Records rewritten at a time by the version 3 upgrade: a few megabytes, papers included. */
const upgradeChunk = 500;

/**
 * Version 3 keeps each living record's field stamps in its own row (see record-stamps.ts): each record with a
 * clock row is rewritten with its stamps, a few hundred at a time in key order (never a table of papers held
 * whole), and `clocks` is then emptied in one step and given back only its tombstones, rather than deleted
 * from row by row: on a 12-year archive that is 200,000 fewer writes (bench/upgrade.ts).
 */
export function upgradeToV3(
  tables: readonly string[],
  report: (progress: UpgradeProgress) => void = reportUpgradeProgress,
): (tx: Transaction) => Promise<void> {
  return async (tx) => {
    const clocks = tx.table<ClockRow, string>('clocks');
    // Progress counts clock rows: one per record rewritten or tombstone kept, so it ends at the total.
    const progress = { done: 0, total: await clocks.count() };
    report({ ...progress });
    const tombstones: ClockRow[] = [];
    for (const table of tables) {
      const rows = await clocks.where('key').startsWith(`${table}/`).toArray();
      const living = new Map<string, Record<string, string>>();
      for (const row of rows) {
        if (row.deletedAt) tombstones.push(row);
        else living.set(row.recordId, row.fields);
      }
      progress.done += rows.length - living.size;
      if (living.size > 0)
        await moveStamps(tx.table<{ id: string }, string>(table), living, (moved) => {
          progress.done += moved;
          report({ ...progress });
        });
    }
    await clocks.clear();
    await clocks.bulkAdd(tombstones);
    // Clock rows of a table no longer kept (none today) are not visited: the end is the end all the same.
    report({ done: progress.total, total: progress.total });
  };
}

async function moveStamps(
  records: Table<{ id: string }, string>,
  stamps: Map<string, Record<string, string>>,
  moved: (count: number) => void,
): Promise<void> {
  let after: string | undefined;
  for (;;) {
    const chunk: { id: string }[] = await (
      after === undefined ? records.orderBy(':id') : records.where(':id').above(after)
    )
      .limit(upgradeChunk)
      .toArray();
    if (chunk.length === 0) return;
    after = chunk[chunk.length - 1]?.id;
    const stamped = chunk.flatMap((record) => {
      const fields = stamps.get(record.id);
      return fields ? [{ ...record, _stamps: fields }] : [];
    });
    await records.bulkPut(stamped);
    moved(stamped.length);
  }
}

/**
 * Version 5 gives every paper its own status, carried over from its item as the packs treated it until now: a
 * paper of a Part B item (or of a sub-item of one) becomes exempt under that item's paragraph, with its public
 * interest reason; every other paper is public. A paper that already has a status (from a laptop upgraded
 * first, through sync) keeps it. Items are read a meeting at a time, papers rewritten in one pass.
 */
export async function upgradeToV5(tx: Transaction): Promise<void> {
  const itemsOf = new Map<string, AgendaItem[]>();
  const items = tx.table<AgendaItem, string>('agendaItems');
  const papers = await tx.table<AttachedDocument, string>('documents').toArray();
  const changed: AttachedDocument[] = [];
  for (const paper of papers) {
    if (typeof paper.exempt === 'boolean') continue;
    let meetingItems = itemsOf.get(paper.meetingId);
    if (!meetingItems) {
      meetingItems = await items.where('meetingId').equals(paper.meetingId).toArray();
      itemsOf.set(paper.meetingId, meetingItems);
    }
    // A spread drops the hidden stamps (see record-stamps.ts): they are put back, so sync still merges by them.
    const next = { ...paper, ...newPaperStatus(paper.agendaItemId, meetingItems) };
    const stamps = stampsOf(paper);
    changed.push(stamps ? withStamps(next, stamps) : next);
  }
  await tx.table<AttachedDocument, string>('documents').bulkPut(changed);
}
