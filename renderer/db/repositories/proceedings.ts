import { db } from '../database';
import { updateRecord } from '../gate';
import type { BallotVotes, Minute, Motion, NewProceeding, Proceeding } from '../../domain/model';
import { ballotProblems } from '../../domain/elections';
import { printedName } from '../../domain/person-name';
import { ballotCandidates } from '../../domain/proceeding-wording';
import { runningOrder } from '../../domain/running-order';
import { votingRoll } from '../../domain/vote-eligibility';
import { appendStep } from './running-order';
import {
  refuseUnlessCorrecting,
  refuseUnlessCorrectingMinute,
  type SignedCorrection,
} from './signed-minutes';
import { writeTransaction } from './transaction';

/** What is missing from a step as typed, in the clerk's words (nothing is stored while there is). */
function stepProblem(step: NewProceeding): string | undefined {
  switch (step.kind) {
    case 'note':
      return step.text.trim() ? undefined : 'Type the paragraph to add to the minute.';
    case 'pointOfOrder':
      return step.point.trim() ? undefined : 'Type the point of order as raised.';
    case 'recordedVoteRequest':
      return step.supporters !== undefined && (!Number.isInteger(step.supporters) || step.supporters < 0)
        ? 'The number supporting the request must be a whole number.'
        : undefined;
    case 'nomination':
      if (!step.office.trim())
        return 'Type the office the election is for, e.g. "Chair of the Council for the ensuing year".';
      if (!step.candidateId) return 'Choose the member nominated.';
      return step.moverId && step.moverId === step.seconderId
        ? 'The seconder must be a different member from the mover.'
        : undefined;
    case 'noOtherNominations':
    case 'elected':
      return step.office.trim() ? undefined : 'Type the office the election is for.';
    case 'chairChange':
      return step.personId ? undefined : 'Choose the member who took the Chair.';
    default:
      return undefined;
  }
}

/**
 * Record the next step of a minute's running order as it happens: a paragraph, a point of order and the
 * Chair's ruling, a request for a recorded vote, an adjournment, a nomination, "no other nominations", who was
 * elected, a change of chair. Motions and their votes are recorded with recordMotion and recordVote.
 */
export async function recordProceeding(
  minuteId: string,
  step: NewProceeding,
  correction?: SignedCorrection,
): Promise<Proceeding> {
  const problem = stepProblem(step);
  if (problem) throw new Error(problem);
  return writeTransaction([db.meetings, db.minutes, db.motions], async () => {
    await refuseUnlessCorrectingMinute(minuteId, correction);
    return appendStep(minuteId, step);
  });
}

/** Take a step out of the running order (recorded in error). A motion is removed with removeMotion. */
export async function removeProceeding(
  minuteId: string,
  stepId: string,
  correction?: SignedCorrection,
): Promise<void> {
  await writeTransaction([db.meetings, db.minutes, db.motions], async () => {
    const minute = await db.minutes.get(minuteId);
    if (!minute) throw new Error('That minute no longer exists.');
    await refuseUnlessCorrecting(minute.meetingId, correction);
    const motions = await db.motions.where('minuteId').equals(minuteId).toArray();
    await updateRecord<Minute>(db, 'minutes', minuteId, {
      proceedings: runningOrder(minute, motions).filter((step) => step.id !== stepId),
    });
  });
}

/** The mover withdrew a motion or amendment, with the meeting's consent, before it was put to the vote. */
export async function withdrawMotion(motionId: string, correction?: SignedCorrection): Promise<void> {
  await writeTransaction([db.meetings, db.minutes, db.motions], async () => {
    const motion = await db.motions.get(motionId);
    if (!motion) throw new Error('That motion no longer exists.');
    await refuseUnlessCorrecting(motion.meetingId, correction);
    if (motion.result) throw new Error('That motion has been voted on: it can no longer be withdrawn.');
    await appendStep(motion.minuteId, { kind: 'withdrawn', motionId });
  });
}

/** The substantive motion's words once an amendment to it carried: what was put to the vote at the end. */
export async function setTextAsAmended(
  motionId: string,
  text: string,
  correction?: SignedCorrection,
): Promise<void> {
  await writeTransaction([db.meetings, db.motions], async () => {
    await refuseUnlessCorrecting((await db.motions.get(motionId))?.meetingId, correction);
    await updateRecord<Motion>(db, 'motions', motionId, { textAsAmended: text.trim() });
  });
}

/** A Part B item heard with the press and public present (see Minute.heardInPublic), or not. */
export async function setHeardInPublic(
  minuteId: string,
  heardInPublic: boolean,
  correction?: SignedCorrection,
): Promise<void> {
  await writeTransaction([db.meetings, db.minutes], async () => {
    await refuseUnlessCorrectingMinute(minuteId, correction);
    await updateRecord<Minute>(db, 'minutes', minuteId, { heardInPublic });
  });
}

/**
 * An election vote between the candidates nominated (or left in by the round before): hands counted for
 * each, or each member's vote by name. A vote naming a member who cannot vote now, or counting more votes than
 * members who can, is refused with the reason and nothing is stored.
 */
export async function recordBallot(
  minuteId: string,
  ballot: { office: string; round: number; majorityNeeded: boolean } & BallotVotes,
  correction?: SignedCorrection,
): Promise<Proceeding> {
  return writeTransaction(
    [
      db.minutes,
      db.motions,
      db.meetings,
      db.committees,
      db.attendance,
      db.declarations,
      db.memberships,
      db.people,
    ],
    async () => {
      const minute = await db.minutes.get(minuteId);
      const meeting = minute && (await db.meetings.get(minute.meetingId));
      const committee = meeting && (await db.committees.get(meeting.committeeId));
      if (!minute || !meeting || !committee) throw new Error('That minute no longer exists.');
      await refuseUnlessCorrecting(meeting.id, correction);
      const motions = await db.motions.where('minuteId').equals(minuteId).toArray();
      const order = runningOrder(minute, motions);
      // Not yet in the order, so every step before it counts: the nominations, and any earlier round.
      const candidates = ballotCandidates(order, { ...ballot, id: '' });
      const memberships = await db.memberships.where('committeeId').equals(committee.id).toArray();
      const roll = votingRoll({
        attendance: await db.attendance.where('meetingId').equals(meeting.id).toArray(),
        declarations: await db.declarations.where('meetingId').equals(meeting.id).toArray(),
        agendaItemId: minute.agendaItemId,
        allowsRemoteAttendance: committee.allowsRemoteAttendance,
        memberships,
      });

      const named = [
        ...candidates,
        ...(ballot.method === 'named' ? ballot.choices.map((c) => c.personId) : []),
      ];
      const people = new Map(
        (await db.people.bulkGet(named)).flatMap((person) =>
          person ? [[person.id, printedName(person)]] : [],
        ),
      );
      const problems = ballotProblems(
        candidates,
        ballot,
        roll,
        (id) => people.get(id) ?? 'Someone no longer on record',
      );
      if (!ballot.office.trim()) problems.unshift('Type the office the election is for.');
      if (problems.length > 0) throw new Error(problems.join(' '));
      return appendStep(minuteId, { ...ballot, kind: 'ballot' });
    },
  );
}
