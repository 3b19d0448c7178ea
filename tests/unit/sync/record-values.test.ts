import { describe, expect, it } from 'vitest';
import { recordSchemas } from '../../../renderer/sync/format/record-schemas';
import { describe as describeIssue } from '../../../renderer/sync/format/table-read';

/**
 * Issue 26: an imported value a screen cannot read is never stored. A start time of "25:99" made the
 * committee's page and the meeting's page crash every time they were opened.
 */
const meeting = {
  id: 'meeting-1',
  committeeId: 'committee-1',
  date: '2025-03-13',
  startTime: '18:30',
  venue: 'Committee Room 5',
  type: 'ordinary',
  status: 'planned',
};

function problem(table: keyof typeof recordSchemas, values: Record<string, unknown>): string | undefined {
  const checked = recordSchemas[table].safeParse(values);
  return checked.success ? undefined : describeIssue(checked.error, `${table} ${String(values.id)}`);
}

describe('the values an import accepts', () => {
  it('takes a meeting as the screens make it', () => {
    expect(problem('meetings', meeting)).toBeUndefined();
    expect(problem('meetings', { ...meeting, startTime: '00:00' })).toBeUndefined();
    expect(problem('meetings', { ...meeting, startTime: '23:59', date: '2024-02-29' })).toBeUndefined();
  });

  it('refuses a time that is not on the 24-hour clock, naming it', () => {
    expect(problem('meetings', { ...meeting, startTime: '25:99' })).toBe(
      'meetings meeting-1 at startTime: "25:99" is not a time between 00:00 and 23:59',
    );
    for (const startTime of ['24:00', '12:60', '9:30', '18.30', '', '18:30:00'])
      expect(problem('meetings', { ...meeting, startTime }), startTime).toMatch(/is not a time/);
  });

  it('refuses a date that is not on the calendar, naming it', () => {
    expect(problem('meetings', { ...meeting, date: '2025-02-31' })).toBe(
      'meetings meeting-1 at date: "2025-02-31" is not a real date',
    );
    for (const date of ['2025-02-29', '2025-13-01', '2025-00-10', '2025-04-31', '13/03/2025', ''])
      expect(problem('meetings', { ...meeting, date }), date).toMatch(/is not a real date/);
  });

  it('checks every time and date a screen reads, not only the meeting’s', () => {
    expect(
      problem('meetingEvents', { id: 'e', meetingId: 'm', kind: 'adjourned', at: '25:00', note: '' }),
    ).toMatch(/at: "25:00" is not a time/);
    expect(
      problem('committees', {
        id: 'c',
        name: 'Planning',
        shortName: '',
        type: 'committee',
        quorum: 3,
        defaultVenue: '',
        defaultStartTime: '99:99',
        minuteNumbering: 'continuous',
        firstMinuteNumber: 1,
        standingItems: [],
        allowsRemoteAttendance: false,
      }),
    ).toMatch(/defaultStartTime: "99:99" is not a time/);
    expect(
      problem('bankHolidays', {
        id: 'b',
        date: '2025-02-30',
        region: 'englandAndWales',
        name: 'Made up',
        change: 'added',
      }),
    ).toMatch(/"2025-02-30" is not a real date/);
  });

  it('refuses a moment a screen cannot show (when a minute was saved, a template uploaded)', () => {
    const revision = { id: 'r', minuteId: 'm', text: { type: 'doc', content: [] } };
    expect(problem('minuteRevisions', { ...revision, savedAt: '2025-03-13T18:42:07.120Z' })).toBeUndefined();
    expect(problem('minuteRevisions', { ...revision, savedAt: 'yesterday' })).toMatch(
      /savedAt: "yesterday" is not a real date and time/,
    );
    expect(problem('minuteRevisions', { ...revision, savedAt: '2025-02-31T10:00:00.000Z' })).toMatch(
      /is not a real date and time/,
    );
  });

  const settingsOnRecord = {
    id: 'organisation',
    name: 'Brackenmoor District Council',
    address: '',
    contactName: '',
    contactTitle: '',
    contactPhone: '',
    contactEmail: '',
    defaultVenue: '',
    municipalYearStartMonth: 5,
    bankHolidayRegion: 'englandAndWales',
    saturdaysAreClearDays: false,
    reportDeadlineWorkingDays: 5,
    callInWorkingDays: 3,
    noticeClearDays: 5,
  };

  it('refuses a count of days outside what the settings screen allows', () => {
    const settings = settingsOnRecord;
    expect(problem('settings', settings)).toBeUndefined();
    expect(problem('settings', { ...settings, reportDeadlineWorkingDays: 1e9 })).toMatch(
      /reportDeadlineWorkingDays/,
    );
    expect(problem('settings', { ...settings, noticeClearDays: 0 })).toMatch(/noticeClearDays/);
  });

  it('carries the house’s words for a declaration made in advance, and refuses words that are not text', () => {
    const settings = { ...settingsOnRecord, declaredInAdvanceWords: 'notified the Monitoring Officer of' };
    expect(problem('settings', settings)).toBeUndefined();
    expect(problem('settings', { ...settings, declaredInAdvanceWords: 7 })).toMatch(/declaredInAdvanceWords/);
  });

  it('refuses a value outside a known list', () => {
    expect(problem('meetings', { ...meeting, status: 'postponed-forever' })).toMatch(/at status/);
    expect(problem('meetings', { ...meeting, type: 'party' })).toMatch(/at type/);
  });
});

describe('an executive decision on an agenda item', () => {
  const item = {
    id: 'item-1',
    meetingId: 'meeting-1',
    order: 0,
    title: 'Award of the waste contract',
    description: '',
    recommendation: '',
    responsibleOfficer: '',
    reportAuthor: '',
    wards: [],
    keyDecision: true,
    part: 'A',
    publicInterestReason: '',
    urgent: false,
    specialCircumstances: '',
  };
  const decision = {
    reasons: 'Best value.',
    alternatives: '',
    dispensations: '',
    urgent: false,
    urgencyReason: '',
    noticePublishedOn: '2025-03-14',
    callIn: { receivedOn: '2025-03-17', by: 'Cllr Hall', reason: 'Cost' },
  };

  it('is taken as the decision screen stores it', () => {
    expect(problem('agendaItems', { ...item, executiveDecision: decision })).toBeUndefined();
  });

  it('is refused with a call-in date that is not on the calendar, or no reasons at all', () => {
    expect(
      problem('agendaItems', {
        ...item,
        executiveDecision: { ...decision, callIn: { ...decision.callIn, receivedOn: '2025-02-30' } },
      }),
    ).toMatch(/executiveDecision\.callIn\.receivedOn: "2025-02-30" is not a real date/);
    const { reasons: _reasons, ...withoutReasons } = decision;
    expect(problem('agendaItems', { ...item, executiveDecision: withoutReasons })).toMatch(
      /executiveDecision\.reasons/,
    );
  });
});
