import { db } from '../database';
import { putRecord, updateRecord } from '../gate';
import { clockTimeOf } from '../../domain/en-gb';
import type { Minute, Motion, NewProceeding, Proceeding } from '../../domain/model';
import { runningOrder } from '../../domain/running-order';
import { newId } from './transaction';

/**
 * Add a step at the end of a minute's running order, inside the caller's transaction (over minutes and
 * motions). The order written is the whole order as it prints (runningOrder), so a motion recorded on a
 * laptop without running orders keeps its place before the new step.
 */
export async function appendStep(minuteId: string, step: NewProceeding): Promise<Proceeding> {
  const minute = await db.minutes.get(minuteId);
  if (!minute) throw new Error('That minute no longer exists.');
  const motions = await db.motions.where('minuteId').equals(minuteId).toArray();
  const stored = { ...step, id: newId() };
  const recorded = new Set((minute.proceedings ?? []).map((entry) => entry.id));
  // runningOrder fills in a motion's steps not yet recorded: the one being recorded now is this step itself.
  const before = runningOrder(minute, motions).filter(
    (entry) =>
      recorded.has(entry.id) ||
      !(
        'motionId' in step &&
        'motionId' in entry &&
        entry.motionId === step.motionId &&
        entry.kind === step.kind
      ),
  );
  await updateRecord<Minute>(db, 'minutes', minuteId, { proceedings: [...before, stored] });
  return stored;
}

/**
 * After a vote is stored: the running order records where it was taken (once: a corrected vote keeps its
 * place), and a carried motion to exclude the press and public excludes them now, under its paragraph, as the
 * meeting bar's button would. Runs inside the vote's transaction (minutes, motions, meetingEvents).
 */
export async function afterVote(motion: Motion, now: Date = new Date()): Promise<void> {
  const minute = await db.minutes.get(motion.minuteId);
  if (!minute) return;
  const voted = (minute.proceedings ?? []).some(
    (step) => step.kind === 'putToVote' && step.motionId === motion.id,
  );
  if (!voted) await appendStep(motion.minuteId, { kind: 'putToVote', motionId: motion.id });
  if (motion.exclusion && motion.result === 'carried' && !voted)
    await putRecord(db, 'meetingEvents', {
      id: newId(),
      meetingId: motion.meetingId,
      kind: 'publicExcluded',
      at: clockTimeOf(now),
      note: '',
      exemptParagraph: motion.exclusion.paragraph,
      ...(motion.exclusion.agendaItemIds[0] ? { agendaItemId: motion.exclusion.agendaItemIds[0] } : {}),
    });
}
