import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/db/database';
import { openRollCall } from '../../../renderer/db/repositories/attendance';
import { createCommittee } from '../../../renderer/db/repositories/committees';
import { createMeeting } from '../../../renderer/db/repositories/meetings';
import { freshDatabase } from './reset';

beforeEach(freshDatabase);

describe('the roll call of a meeting', () => {
  it('lists the committee’s officers, to be ticked present, never as members who count or vote', async () => {
    const committee = await createCommittee({ name: 'Board', type: 'board', quorum: 2, standingItems: [] }, [
      { role: 'chair', person: { title: 'Councillor', name: 'Ann Chair' } },
      { role: 'adviser', person: { title: '', name: 'Priya Shah', position: 'Head of Policy' } },
      { role: 'substitute', person: { title: 'Councillor', name: 'Sam Reserve' } },
    ]);
    const meeting = await createMeeting(committee.id, { date: '2012-12-06' });
    await openRollCall(meeting.id);
    await openRollCall(meeting.id);
    const lines = await db.attendance.where('meetingId').equals(meeting.id).sortBy('order');
    expect(lines.map((line) => [line.name, line.kind, line.status])).toEqual([
      ['Councillor Ann Chair', 'member', 'absent'],
      ['Priya Shah', 'officer', 'absent'],
    ]);
    const officer = await db.people.get(lines[1]?.personId ?? '');
    expect(officer?.position).toBe('Head of Policy');
  });
});
