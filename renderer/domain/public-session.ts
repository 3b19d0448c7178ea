import type { AgendaItem, Minute, Motion } from './model';

/**
 * Whether an item was heard with the press and public present. Part A items always are. A Part B (exempt)
 * item is too when the last motion to exclude them from it that was voted on was lost, or when the clerk said
 * so (Minute.heardInPublic, which overrides). Its minute then belongs in the public minutes; its papers stay
 * exempt, and the agenda's numbers never change.
 *
 * @example heardInPublic(minute, partBItem, [lostExclusion]) // true
 */
export function heardInPublic(
  minute: Pick<Minute, 'heardInPublic'> | undefined,
  item: Pick<AgendaItem, 'id' | 'part'> | undefined,
  motions: readonly Pick<Motion, 'exclusion' | 'result' | 'order' | 'minuteId'>[],
  takenOrderOf: (minuteId: string) => number = () => 0,
): boolean {
  if (!item || item.part !== 'B') return true;
  if (minute?.heardInPublic !== undefined) return minute.heardInPublic;
  const decided = motions
    .filter((motion) => motion.result && motion.exclusion?.agendaItemIds.includes(item.id))
    .sort((a, b) => takenOrderOf(a.minuteId) - takenOrderOf(b.minuteId) || a.order - b.order);
  return decided.at(-1)?.result === 'lost';
}
