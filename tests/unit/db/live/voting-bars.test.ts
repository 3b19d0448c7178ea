import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../../renderer/db/database';
import { addAgendaItem } from '../../../../renderer/db/repositories/agenda';
import { openRollCall, updateAttendance } from '../../../../renderer/db/repositories/attendance';
import { createCommittee } from '../../../../renderer/db/repositories/committees';
import { createMeeting } from '../../../../renderer/db/repositories/meetings';
import { takeItem } from '../../../../renderer/db/repositories/minutes';
import { recordMotion, recordVote } from '../../../../renderer/db/repositories/motions';
import { recordVotingBar, removeVotingBar } from '../../../../renderer/db/repositories/voting-bars';
import { recordSchemas } from '../../../../renderer/sync/format/record-schemas';
import { freshDatabase } from '../reset';

beforeEach(freshDatabase);

async function budgetMeeting() {
  const committee = await createCommittee(
    { name: 'Council', type: 'committee', quorum: 2, standingItems: [] },
    [
      { role: 'chair', person: { title: 'Councillor', name: 'Ann Chair' } },
      { role: 'member', person: { title: 'Councillor', name: 'Ben Member' } },
      { role: 'member', person: { title: 'Councillor', name: 'Cal Arrears' } },
      { role: 'coOptedNonVoting', person: { title: '', name: 'Dee Coopted' } },
    ],
  );
  const meeting = await createMeeting(committee.id, { date: '2026-02-24' });
  const budget = await addAgendaItem(meeting.id, { title: 'Budget and Council Tax 2026/27' });
  const other = await addAgendaItem(meeting.id, { title: 'Treasury management' });
  await openRollCall(meeting.id);
  const lines = await db.attendance.where('meetingId').equals(meeting.id).sortBy('order');
  for (const line of lines) await updateAttendance(line.id, { status: 'present' });
  const cal = lines.find((line) => line.name.endsWith('Cal Arrears'))!;
  const minute = await takeItem(meeting.id, budget.id);
  const motion = await recordMotion(minute.id, { text: 'That the budget be approved.' });
  return { meeting, budget, other, lines, cal, motion };
}

describe('a statutory bar on voting', () => {
  it('keeps the member out of counts and named votes on that item only, saying which law, until it is removed', async () => {
    const { meeting, budget, cal, motion } = await budgetMeeting();
    await recordVotingBar(meeting.id, {
      personId: cal.personId!,
      agendaItemId: budget.id,
      bar: 'councilTaxArrears',
    });
    expect((await db.attendance.get(cal.id))?.votingBars).toEqual([
      { agendaItemId: budget.id, bar: 'councilTaxArrears' },
    ]);
    await expect(
      recordVote(motion.id, { kind: 'counts', for: 3, against: 0, abstentions: 0 }),
    ).rejects.toThrow(
      '3 votes are counted but only 2 members can vote on this item now. In the room but not voting: Councillor Cal Arrears (barred from voting on this item by section 106 of the Local Government Finance Act 1992) and Dee Coopted (a co-opted member without a vote).',
    );
    await expect(
      recordVote(motion.id, { kind: 'recorded', choices: [{ personId: cal.personId!, choice: 'for' }] }),
    ).rejects.toThrow(
      'Councillor Cal Arrears cannot be counted: barred from voting on this item by section 106 of the Local Government Finance Act 1992.',
    );
    expect((await db.motions.get(motion.id))?.vote).toBeUndefined();
    await removeVotingBar(cal.id, budget.id, 'councilTaxArrears');
    expect(await recordVote(motion.id, { kind: 'counts', for: 3, against: 0, abstentions: 0 })).toMatchObject(
      {
        result: 'carried',
      },
    );
  });

  it('refuses a member not on the attendance, an item of another meeting, and the same bar twice', async () => {
    const { meeting, budget, cal } = await budgetMeeting();
    await expect(
      recordVotingBar(meeting.id, { personId: 'nobody', agendaItemId: budget.id, bar: 'councilTaxArrears' }),
    ).rejects.toThrow('That member is not on this meeting’s attendance: add them to the attendance first.');
    await expect(
      recordVotingBar(meeting.id, {
        personId: cal.personId!,
        agendaItemId: 'elsewhere',
        bar: 'councilTaxArrears',
      }),
    ).rejects.toThrow('That item is not on this meeting’s agenda.');
    await recordVotingBar(meeting.id, {
      personId: cal.personId!,
      agendaItemId: budget.id,
      bar: 'councilTaxArrears',
    });
    await expect(
      recordVotingBar(meeting.id, {
        personId: cal.personId!,
        agendaItemId: budget.id,
        bar: 'councilTaxArrears',
      }),
    ).rejects.toThrow('Councillor Cal Arrears is already recorded as barred from voting on this item.');
  });

  it('travels in sync files as the bar it is, and a file naming an unknown bar is refused', async () => {
    const { meeting, budget, cal } = await budgetMeeting();
    await recordVotingBar(meeting.id, {
      personId: cal.personId!,
      agendaItemId: budget.id,
      bar: 'councilTaxArrears',
    });
    const stored = await db.attendance.get(cal.id);
    expect(recordSchemas.attendance.safeParse(stored).success).toBe(true);
    const bad = { ...stored, votingBars: [{ agendaItemId: budget.id, bar: 'nonRegistrableInterest' }] };
    expect(recordSchemas.attendance.safeParse(bad).success).toBe(false);
  });
});
