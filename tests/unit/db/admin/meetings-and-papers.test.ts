import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../../renderer/db/database';
import { addAgendaItem } from '../../../../renderer/db/repositories/agenda';
import {
  createCommittee,
  moveMembership,
  saveCommittee,
} from '../../../../renderer/db/repositories/committees';
import {
  addToFollow,
  attachDocument,
  documentBytes,
  prepareDocument,
  replaceDocument,
} from '../../../../renderer/db/repositories/documents';
import { registerInterest } from '../../../../renderer/db/repositories/interests';
import {
  advanceMeeting,
  cancelMeeting,
  createMeeting,
  createMeetingSeries,
  rescheduleMeeting,
} from '../../../../renderer/db/repositories/meetings';
import { importPeople } from '../../../../renderer/db/repositories/people-import';
import { addPerson } from '../../../../renderer/db/repositories/people';
import { editBankHoliday, loadDeadlineRules } from '../../../../renderer/db/repositories/bank-holidays';
import { saveCheckedOrganisationSettings } from '../../../../renderer/db/repositories/settings';
import { freshDatabase } from '../reset';

beforeEach(freshDatabase);

const pdf = (text: string) => new TextEncoder().encode(`%PDF-1.4\n${text}`);

describe('meetings', () => {
  it('creates a series in one go, each minutes item pointing at the meeting before', async () => {
    const committee = await createCommittee({ name: 'Cabinet', type: 'committee' });
    const series = await createMeetingSeries(committee.id, ['2013-06-12', '2013-05-08'], {
      startTime: '19:00',
    });
    expect(series.map((meeting) => meeting.date)).toEqual(['2013-05-08', '2013-06-12']);
    const minutesItem = await db.agendaItems
      .where('meetingId')
      .equals(series[1]!.id)
      .filter((item) => item.standingKind === 'previousMinutes')
      .first();
    expect(minutesItem?.previousMeetingId).toBe(series[0]!.id);
  });

  it('refuses a series with a bad date, storing none of it', async () => {
    const committee = await createCommittee({ name: 'Cabinet', type: 'committee' });
    await expect(createMeetingSeries(committee.id, ['2013-05-08', '8 June'])).rejects.toThrow(
      /Choose the day/,
    );
    expect(await db.meetings.count()).toBe(0);
  });

  it('publishes, cancels and reschedules, keeping the date first planned', async () => {
    const committee = await createCommittee({ name: 'Cabinet', type: 'committee' });
    const meeting = await createMeeting(committee.id, { date: '2013-03-13', venue: 'Room 1' });
    await advanceMeeting(meeting.id, '2013-03-05');
    expect(await db.meetings.get(meeting.id)).toMatchObject({
      status: 'agendaPublished',
      agendaPublishedOn: '2013-03-05',
    });
    await cancelMeeting(meeting.id);
    await rescheduleMeeting(meeting.id, { date: '2013-03-20', startTime: '18:00', venue: 'Room 2' });
    await rescheduleMeeting(meeting.id, { date: '2013-03-27', startTime: '18:00', venue: 'Room 2' });
    const moved = await db.meetings.get(meeting.id);
    expect(moved).toMatchObject({ date: '2013-03-27', status: 'planned', rescheduledFrom: '2013-03-13' });
    expect(moved?.agendaPublishedOn).toBeUndefined();
  });
});

describe('committees and people', () => {
  it('reorders the membership and checks the details', async () => {
    const committee = await createCommittee({ name: 'Board', type: 'board' }, [
      { role: 'chair', person: { name: 'Ada' } },
      { role: 'member', person: { name: 'Ben' } },
      { role: 'substitute', person: { name: 'Cy' } },
    ]);
    const cy = (await db.memberships.where('committeeId').equals(committee.id).sortBy('order'))[2]!;
    await moveMembership(cy.id, 0);
    const order = await db.memberships.where('committeeId').equals(committee.id).sortBy('order');
    const people = await db.people.bulkGet(order.map((m) => m.personId));
    expect(people.map((p) => p?.name)).toEqual(['Cy', 'Ada', 'Ben']);
    await expect(saveCommittee(committee.id, { quorum: 0 })).rejects.toThrow(/quorum/);
  });

  it('imports all rows or none', async () => {
    await expect(
      importPeople([
        { name: 'Ada Brown', email: 'ada@example.gov.uk' },
        { name: 'Ben', email: 'not an email' },
      ]),
    ).rejects.toThrow(/Row 2 \(Ben\).*Nothing was imported/);
    expect(await db.people.count()).toBe(0);
    await importPeople([{ name: 'Ada Brown' }, { name: 'Ben Carter' }]);
    expect(await db.people.count()).toBe(2);
  });

  it('keeps a register of interests and refuses dates that run backwards', async () => {
    const person = await addPerson({ name: 'Ada Brown' });
    await registerInterest(person.id, {
      category: 'land',
      description: '12 High Street',
      from: '2012-05-01',
    });
    await expect(
      registerInterest(person.id, {
        category: 'employment',
        description: 'Teacher',
        from: '2013-01-01',
        to: '2012-01-01',
      }),
    ).rejects.toThrow(/before the “from” date/);
    expect(await db.interests.where('personId').equals(person.id).count()).toBe(1);
  });
});

describe('papers', () => {
  it('attaches, promises and replaces papers, bytes stored in the database', async () => {
    const committee = await createCommittee({ name: 'Board', type: 'board' });
    const meeting = await createMeeting(committee.id, { date: '2013-03-13' });
    const item = await addAgendaItem(meeting.id, { title: 'Families First' });
    const promised = await addToFollow(item.id, 'Families First Progress Report');
    expect(promised).toMatchObject({ toFollow: true, version: 0 });
    await advanceMeeting(meeting.id, '2013-03-05');
    const delivered = await replaceDocument(
      promised.id,
      await prepareDocument({ name: 'report.pdf', bytes: pdf('v1') }, 4),
    );
    expect(delivered).toMatchObject({
      toFollow: false,
      version: 1,
      supplementary: true,
      pageCount: 4,
      format: 'pdf',
    });
    expect(new TextDecoder().decode(await documentBytes(promised.id))).toContain('v1');
    const appendix = await attachDocument(
      item.id,
      await prepareDocument({ name: 'a.pdf', bytes: pdf('x') }),
      'appendix',
    );
    expect(appendix.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses a file that is not Word or PDF, or is damaged', async () => {
    await expect(prepareDocument({ name: 'notes.txt', bytes: pdf('x') })).rejects.toThrow(
      /not a Word document/,
    );
    await expect(prepareDocument({ name: 'report.docx', bytes: pdf('x') })).rejects.toThrow(/may be damaged/);
  });
});

describe('settings and bank holidays', () => {
  it('refuses bad settings and applies an added bank holiday to the deadlines', async () => {
    await expect(saveCheckedOrganisationSettings({ noticeClearDays: 0 })).rejects.toThrow(/clear days/);
    await editBankHoliday({
      date: '2013-03-11',
      region: 'englandAndWales',
      name: 'Civic Day',
      change: 'added',
    });
    expect((await loadDeadlineRules()).calendar.holidayOn('2013-03-11')).toBe('Civic Day');
  });
});
