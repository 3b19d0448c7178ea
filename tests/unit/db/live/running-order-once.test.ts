import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../../renderer/db/database';
import { addAgendaItem } from '../../../../renderer/db/repositories/agenda';
import { openRollCall, updateAttendance } from '../../../../renderer/db/repositories/attendance';
import { createCommittee } from '../../../../renderer/db/repositories/committees';
import { createMeeting } from '../../../../renderer/db/repositories/meetings';
import { takeItem } from '../../../../renderer/db/repositories/minutes';
import { recordMotion, recordVote } from '../../../../renderer/db/repositories/motions';
import { freshDatabase } from '../reset';

beforeEach(freshDatabase);

describe('the running order of a minute', () => {
  it('holds a motion moved and put to the vote once each, also after a vote refused for counting too many', async () => {
    const committee = await createCommittee(
      { name: 'Council', type: 'committee', quorum: 1, standingItems: [] },
      [
        { role: 'chair', person: { title: 'Councillor', name: 'Ann Chair' } },
        { role: 'member', person: { title: 'Councillor', name: 'Ben Member' } },
      ],
    );
    const meeting = await createMeeting(committee.id, { date: '2026-02-24' });
    const item = await addAgendaItem(meeting.id, { title: 'Budget and Council Tax' });
    await openRollCall(meeting.id);
    for (const line of await db.attendance.where('meetingId').equals(meeting.id).toArray())
      await updateAttendance(line.id, { status: 'present' });
    const minute = await takeItem(meeting.id, item.id);
    const motion = await recordMotion(minute.id, { text: 'That the budget be approved.' });
    await expect(
      recordVote(motion.id, { kind: 'counts', for: 3, against: 0, abstentions: 0 }),
    ).rejects.toThrow(/3 votes are counted but only 2 members can vote/);
    await recordVote(motion.id, { kind: 'counts', for: 2, against: 0, abstentions: 0 });
    const steps = (await db.minutes.get(minute.id))?.proceedings ?? [];
    expect(steps.map((step) => step.kind)).toEqual(['moved', 'putToVote']);
  });
});
