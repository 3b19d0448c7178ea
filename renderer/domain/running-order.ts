import type { Minute, Motion, Proceeding } from './model';

/**
 * The order motions printed in before a minute kept its own running order: each substantive motion followed by
 * its amendments, by the order they were moved; amendments whose motion is gone last.
 */
export function earlierPrintedOrder(motions: readonly Motion[]): Motion[] {
  const sorted = [...motions].sort((a, b) => a.order - b.order);
  const ids = new Set(sorted.map((motion) => motion.id));
  const amendmentsOf = (motion: Motion) => sorted.filter((other) => other.amendsMotionId === motion.id);
  return [
    ...sorted
      .filter((motion) => !motion.amendsMotionId)
      .flatMap((motion) => [motion, ...amendmentsOf(motion)]),
    ...sorted.filter((motion) => motion.amendsMotionId && !ids.has(motion.amendsMotionId)),
  ];
}

/** The steps of one motion as a minute without a running order printed them: moved, then its vote. */
function stepsOf(motion: Motion, moved: boolean, voted: boolean): Proceeding[] {
  const steps: Proceeding[] = [];
  if (!moved) steps.push({ id: `${motion.id}/moved`, kind: 'moved', motionId: motion.id });
  if (!voted && motion.result)
    steps.push({ id: `${motion.id}/vote`, kind: 'putToVote', motionId: motion.id });
  return steps;
}

/**
 * A minute's running order as it prints: the steps the clerk recorded, in order, less any about a motion since
 * removed; then any motion the order does not mention (recorded on a laptop not yet upgraded, or before the
 * running order existed), moved and voted on, in the order motions used to print.
 *
 * @example
 *   runningOrder({ proceedings: [] }, [motion]); // [{ kind: 'moved', ... }, { kind: 'putToVote', ... }]
 */
export function runningOrder(minute: Pick<Minute, 'proceedings'>, motions: readonly Motion[]): Proceeding[] {
  const living = new Set(motions.map((motion) => motion.id));
  const recorded = (minute.proceedings ?? []).filter(
    (step) => !('motionId' in step) || living.has(step.motionId),
  );
  const moved = new Set(recorded.flatMap((step) => (step.kind === 'moved' ? [step.motionId] : [])));
  const voted = new Set(recorded.flatMap((step) => (step.kind === 'putToVote' ? [step.motionId] : [])));
  return [
    ...recorded,
    ...earlierPrintedOrder(motions).flatMap((motion) =>
      stepsOf(motion, moved.has(motion.id), voted.has(motion.id)),
    ),
  ];
}

/**
 * Amendments to a motion that were carried before the step at `position` of the running order: the motion put
 * to the vote there is "the substantive motion, as amended".
 */
export function carriedAmendmentsBefore(
  order: readonly Proceeding[],
  position: number,
  motion: Motion,
  motions: readonly Motion[],
): Motion[] {
  const votedBefore = new Set(
    order.slice(0, position).flatMap((step) => (step.kind === 'putToVote' ? [step.motionId] : [])),
  );
  return motions.filter(
    (other) => other.amendsMotionId === motion.id && other.result === 'carried' && votedBefore.has(other.id),
  );
}

/** Everyone a minute's running order names: who raised a point of order, nominated, was a candidate, voted. */
export function peopleInRunningOrder(minute: Pick<Minute, 'proceedings'>): string[] {
  return (minute.proceedings ?? []).flatMap((step) => {
    const named = [
      'personId' in step ? step.personId : undefined,
      'candidateId' in step ? step.candidateId : undefined,
      'moverId' in step ? step.moverId : undefined,
      'seconderId' in step ? step.seconderId : undefined,
    ];
    if (step.kind === 'ballot')
      named.push(
        ...(step.method === 'named'
          ? step.choices.flatMap((line) => [line.personId, line.candidateId])
          : step.counts.map((line) => line.candidateId)),
      );
    return named.filter((id): id is string => typeof id === 'string');
  });
}
