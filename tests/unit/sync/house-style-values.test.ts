import { describe, expect, it } from 'vitest';
import { recordSchemas } from '../../../renderer/sync/format/record-schemas';

const committee = {
  id: 'c',
  name: 'Planning',
  shortName: '',
  type: 'committee',
  quorum: 3,
  defaultVenue: '',
  defaultStartTime: '18:00',
  minuteNumbering: 'continuous',
  firstMinuteNumber: 1,
  standingItems: [{ title: 'Apologies', description: 'From the council’s handbook.', kind: 'apologies' }],
  allowsRemoteAttendance: false,
};

describe('a committee’s house style carried by sync', () => {
  it('carries the motion wording, recorded-vote layout and attendance form a screen set', () => {
    const houseStyle = { motionWording: 'movedBy', recordedVotes: 'table', attendanceForm: 'numbered' };
    const checked = recordSchemas.committees.safeParse({ ...committee, houseStyle });
    expect(checked.success).toBe(true);
    expect(checked.data).toMatchObject({ houseStyle, standingItems: committee.standingItems });
  });

  it('refuses a choice no screen offers', () => {
    for (const houseStyle of [{ motionWording: 'shouted' }, { recordedVotes: 'grid' }, { attendanceForm: 3 }])
      expect(
        recordSchemas.committees.safeParse({ ...committee, houseStyle }).success,
        JSON.stringify(houseStyle),
      ).toBe(false);
  });
});

describe('the report cover carried by sync', () => {
  const item = {
    id: 'i',
    meetingId: 'm',
    order: 0,
    title: 'Budget',
    description: '',
    recommendation: '',
    responsibleOfficer: '',
    reportAuthor: '',
    wards: [],
    keyDecision: false,
    part: 'A',
    publicInterestReason: '',
    urgent: false,
    specialCircumstances: '',
  };

  it('carries the author’s answers on the item, and refuses answers that are not text', () => {
    const coverAnswers = [{ heading: 'Legal implications', text: '', notRequired: true }];
    const checked = recordSchemas.agendaItems.safeParse({ ...item, coverAnswers });
    expect(checked.success).toBe(true);
    expect(checked.data).toMatchObject({ coverAnswers });
    expect(recordSchemas.agendaItems.safeParse({ ...item, coverAnswers: [{ heading: 3 }] }).success).toBe(
      false,
    );
  });
});
