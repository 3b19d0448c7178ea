import { describe, expect, it } from 'vitest';
import { attendanceByMember, attendanceRate, memberRecord } from '../../../renderer/domain/attendance-stats';
import type { Attendance, Meeting } from '../../../renderer/domain/model';

const line = (meetingId: string, personId: string, fields: Partial<Attendance> = {}): Attendance => ({
  id: `${meetingId}-${personId}`,
  meetingId,
  personId,
  name: personId,
  kind: 'member',
  status: 'present',
  order: 0,
  ...fields,
});
const meeting = (id: string, committeeId: string, date: string): Meeting => ({
  id,
  committeeId,
  date,
  startTime: '18:00',
  venue: '',
  type: 'ordinary',
  status: 'held',
});

describe('attendance figures', () => {
  const lines = [
    line('m1', 'Ada'),
    line('m1', 'Ben', { status: 'apologies' }),
    line('m1', 'Cy', { substituteForPersonId: 'Ben' }),
    line('m1', 'Officer', { kind: 'officer' }),
    line('m2', 'Ada', { status: 'remote' }),
    line('m2', 'Ben', { status: 'absent' }),
    line('m3', 'Ada', { status: 'apologies' }),
  ];

  it('tallies each member over a set of meetings, substitutes apart and officers left out', () => {
    const tallies = attendanceByMember(lines, new Set(['m1', 'm2']));
    expect(tallies).toEqual([
      { personId: 'Ada', name: 'Ada', expected: 2, present: 2, apologies: 0, absent: 0, asSubstitute: 0 },
      { personId: 'Ben', name: 'Ben', expected: 2, present: 0, apologies: 1, absent: 1, asSubstitute: 0 },
      { personId: 'Cy', name: 'Cy', expected: 0, present: 0, apologies: 0, absent: 0, asSubstitute: 1 },
    ]);
    expect(attendanceRate(tallies[0]!)).toBe('100%');
    expect(attendanceRate(tallies[2]!)).toBe('–');
  });

  it('gives one member’s record across their committees', () => {
    const meetings = new Map([
      ['m1', meeting('m1', 'planning', '2024-06-01')],
      ['m2', meeting('m2', 'planning', '2024-07-01')],
      ['m3', meeting('m3', 'licensing', '2024-07-02')],
    ]);
    const record = memberRecord('Ada', lines, meetings);
    expect(record.map((row) => [row.committeeId, row.present, row.apologies])).toEqual([
      ['planning', 2, 0],
      ['licensing', 0, 1],
    ]);
    expect(memberRecord('Ada', lines, meetings, { from: '2024-06-15' }).map((row) => row.expected)).toEqual([
      1, 1,
    ]);
  });
});

describe('attendance figures in the order a clerk files members', () => {
  it('lists members by surname, not by title or first name', () => {
    const named = [
      line('m1', 'p1', { name: 'Councillor Zoe Adams' }),
      line('m1', 'p2', { name: 'Alderman Brian Young' }),
      line('m1', 'p3', { name: 'Councillor Amy Morris' }),
    ];
    expect(attendanceByMember(named, new Set(['m1'])).map((tally) => tally.name)).toEqual([
      'Councillor Zoe Adams',
      'Councillor Amy Morris',
      'Alderman Brian Young',
    ]);
  });
});
