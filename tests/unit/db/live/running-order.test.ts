import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../../renderer/db/database';
import { addAgendaItem } from '../../../../renderer/db/repositories/agenda';
import { openRollCall, updateAttendance } from '../../../../renderer/db/repositories/attendance';
import { createCommittee } from '../../../../renderer/db/repositories/committees';
import { createMeeting } from '../../../../renderer/db/repositories/meetings';
import { takeItem } from '../../../../renderer/db/repositories/minutes';
import { recordMotion, recordVote } from '../../../../renderer/db/repositories/motions';
import {
  recordBallot,
  recordProceeding,
  withdrawMotion,
} from '../../../../renderer/db/repositories/proceedings';
import { freshDatabase } from '../reset';

beforeEach(freshDatabase);

async function board() {
  const committee = await createCommittee({ name: 'Board', type: 'board', quorum: 2, standingItems: [] }, [
    { role: 'chair', person: { title: 'Councillor', name: 'Ann Chair' } },
    { role: 'member', person: { title: 'Councillor', name: 'Ben Member' } },
    { role: 'member', person: { title: 'Councillor', name: 'Cal Member' } },
  ]);
  const meeting = await createMeeting(committee.id, { date: '2012-12-06' });
  const item = await addAgendaItem(meeting.id, { title: 'Budget' });
  await openRollCall(meeting.id);
  const lines = await db.attendance.where('meetingId').equals(meeting.id).sortBy('order');
  for (const line of lines) await updateAttendance(line.id, { status: 'present' });
  const minute = await takeItem(meeting.id, item.id);
  return { meeting, lines, minute };
}

const kinds = async (minuteId: string) =>
  ((await db.minutes.get(minuteId))?.proceedings ?? []).map((step) =>
    'motionId' in step ? `${step.kind}:${step.motionId}` : step.kind,
  );

describe("a minute's running order as the clerk records it", () => {
  it('stores each motion once where it was moved and its vote once where it was taken', async () => {
    const { minute } = await board();
    const motion = await recordMotion(minute.id, { text: 'That the budget be approved.' });
    await recordProceeding(minute.id, { kind: 'note', text: 'Members debated the budget.' });
    const amendment = await recordMotion(minute.id, { text: 'Add a review.', amendsMotionId: motion.id });
    await recordVote(amendment.id, { kind: 'counts', for: 2, against: 1, abstentions: 0 });
    await recordVote(motion.id, { kind: 'declared', result: 'carried' });
    expect(await kinds(minute.id)).toEqual([
      `moved:${motion.id}`,
      'note',
      `moved:${amendment.id}`,
      `putToVote:${amendment.id}`,
      `putToVote:${motion.id}`,
    ]);
  });

  it('refuses to withdraw a motion voted on, and refuses an empty paragraph, storing nothing', async () => {
    const { minute } = await board();
    const motion = await recordMotion(minute.id, { text: 'That we adjourn.' });
    await recordVote(motion.id, { kind: 'declared', result: 'lost' });
    await expect(withdrawMotion(motion.id)).rejects.toThrow(/can no longer be withdrawn/);
    await expect(recordProceeding(minute.id, { kind: 'note', text: '  ' })).rejects.toThrow(
      /Type the paragraph/,
    );
    expect(await kinds(minute.id)).toEqual([`moved:${motion.id}`, `putToVote:${motion.id}`]);
  });

  it('takes an election vote between the nominated only, and refuses more votes than members present', async () => {
    const { minute, lines } = await board();
    const [ann, ben] = lines.map((line) => line.personId ?? '');
    const office = 'Chair of the Board';
    await recordProceeding(minute.id, { kind: 'nomination', office, candidateId: ann ?? '' });
    await recordProceeding(minute.id, { kind: 'nomination', office, candidateId: ben ?? '' });
    const counts = (a: number, b: number) => [
      { candidateId: ann ?? '', votes: a },
      { candidateId: ben ?? '', votes: b },
    ];
    await expect(
      recordBallot(minute.id, {
        office,
        round: 1,
        majorityNeeded: false,
        method: 'counts',
        counts: counts(3, 1),
      }),
    ).rejects.toThrow('4 votes are counted but only 3 members can vote on this item now.');
    await recordBallot(minute.id, {
      office,
      round: 1,
      majorityNeeded: false,
      method: 'counts',
      counts: counts(2, 1),
    });
    expect(await kinds(minute.id)).toEqual(['nomination', 'nomination', 'ballot']);
  });
});
