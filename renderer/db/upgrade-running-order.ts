import type { Transaction } from 'dexie';
import type { Minute, Motion } from '../domain/model';
import { runningOrder } from '../domain/running-order';

/**
 * Version 6 gives each minute its running order: its motions, each moved then voted on, in the order they
 * printed before (domain/running-order.ts), so the minutes print as they did and whatever is recorded next
 * follows them. Step ids are made from the motion's, so two laptops upgrading the same minute agree. The
 * minute's stamps stay with it (`modify` keeps them, see record-stamps.ts).
 */
export async function upgradeToV6(tx: Transaction): Promise<void> {
  const motionsOf = new Map<string, Motion[]>();
  await tx
    .table<Motion, string>('motions')
    .each((motion) => motionsOf.set(motion.minuteId, [...(motionsOf.get(motion.minuteId) ?? []), motion]));
  await tx
    .table<Minute, string>('minutes')
    .toCollection()
    .modify((minute) => {
      minute.proceedings ??= runningOrder({}, motionsOf.get(minute.id) ?? []);
    });
}
