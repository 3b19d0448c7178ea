import { db } from '../database';
import { deleteRecord, putRecord, updateRecord } from '../gate';
import type { Motion, Vote, VoteChoice } from '../../domain/model';
import { printedName } from '../../domain/person-name';
import { voteOutcome, voteProblems } from '../../domain/votes';
import { votingRoll } from '../../domain/vote-eligibility';
import { appendStep, afterVote } from './running-order';
import { refuseUnlessCorrecting, type SignedCorrection } from './signed-minutes';
import { newId, writeTransaction } from './transaction';

export type NewMotion = Pick<Motion, 'text'> &
  Partial<Pick<Motion, 'moverId' | 'seconderId' | 'amendsMotionId' | 'exclusion'>>;

/** A motion (or an amendment to one) moved on a minute; the vote comes later with recordVote. */
export async function recordMotion(
  minuteId: string,
  fields: NewMotion,
  correction?: SignedCorrection,
): Promise<Motion> {
  if (!fields.text.trim()) throw new Error('Type the wording of the motion as moved.');
  if (fields.moverId && fields.moverId === fields.seconderId)
    throw new Error('The seconder must be a different member from the mover.');
  return writeTransaction([db.meetings, db.minutes, db.motions], async () => {
    const minute = await db.minutes.get(minuteId);
    if (!minute) throw new Error('That minute no longer exists.');
    await refuseUnlessCorrecting(minute.meetingId, correction);
    const order = await db.motions.where('minuteId').equals(minuteId).count();
    const motion: Motion = {
      id: newId(),
      meetingId: minute.meetingId,
      minuteId,
      order,
      ...fields,
      text: fields.text.trim(),
    };
    await putRecord(db, 'motions', motion);
    await appendStep(minuteId, { kind: 'moved', motionId: motion.id });
    return motion;
  });
}

export async function updateMotion(
  id: string,
  changes: Partial<Omit<Motion, 'id'>>,
  correction?: SignedCorrection,
): Promise<void> {
  await writeTransaction([db.meetings, db.motions], async () => {
    await refuseUnlessCorrecting((await db.motions.get(id))?.meetingId, correction);
    await updateRecord<Motion>(db, 'motions', id, changes);
  });
}

export async function removeMotion(id: string, correction?: SignedCorrection): Promise<void> {
  await writeTransaction([db.meetings, db.motions], async () => {
    const motion = await db.motions.get(id);
    await refuseUnlessCorrecting(motion?.meetingId, correction);
    for (const amendment of await db.motions
      .where('minuteId')
      .equals(motion?.minuteId ?? '')
      .toArray())
      if (amendment.amendsMotionId === id) await deleteRecord(db, 'motions', amendment.id);
    await deleteRecord(db, 'motions', id);
  });
}

/**
 * Record the vote on a motion and its result. Only members who may vote on the item now (domain/vote-eligibility:
 * in the room, with a vote on the body, not kept out by an interest or barred by law) can be counted; a vote
 * that counts anyone else, or more votes than those members, is refused with who and why, and nothing is stored.
 */
export async function recordVote(
  motionId: string,
  vote: Vote,
  castingVote?: VoteChoice,
  correction?: SignedCorrection,
): Promise<Motion> {
  return writeTransaction(
    [
      db.motions,
      db.minutes,
      db.meetingEvents,
      db.meetings,
      db.committees,
      db.attendance,
      db.declarations,
      db.people,
      db.memberships,
    ],
    async () => {
      const motion = await db.motions.get(motionId);
      const minute = motion && (await db.minutes.get(motion.minuteId));
      const meeting = minute && (await db.meetings.get(minute.meetingId));
      const committee = meeting && (await db.committees.get(meeting.committeeId));
      if (!motion || !minute || !meeting || !committee) throw new Error('That motion no longer exists.');
      await refuseUnlessCorrecting(meeting.id, correction);
      const memberships = await db.memberships.where('committeeId').equals(committee.id).toArray();
      const roll = votingRoll({
        attendance: await db.attendance.where('meetingId').equals(meeting.id).toArray(),
        declarations: await db.declarations.where('meetingId').equals(meeting.id).toArray(),
        agendaItemId: minute.agendaItemId,
        allowsRemoteAttendance: committee.allowsRemoteAttendance,
        memberships,
        on: meeting.date,
      });
      const names = new Map(
        (
          await db.people.bulkGet([
            ...(vote.kind === 'recorded' ? vote.choices.map((line) => line.personId) : []),
            ...roll.excluded.map((member) => member.personId),
          ])
        ).map((person) => [person?.id ?? '', person ? printedName(person) : 'Someone no longer on record']),
      );
      const problems = voteProblems(
        vote,
        roll,
        castingVote,
        (id) => names.get(id) ?? 'Someone no longer on record',
      );
      if (problems.length > 0) throw new Error(problems.join(' '));
      const outcome = voteOutcome(vote, castingVote);
      const next: Motion = { ...motion, vote, result: outcome.result };
      if (castingVote && outcome.tied) next.castingVote = castingVote;
      else delete next.castingVote;
      await putRecord(db, 'motions', next);
      await afterVote(next);
      return next;
    },
  );
}
