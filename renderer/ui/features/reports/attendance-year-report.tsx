import { Field, Select } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { attendanceByMember, attendanceRate } from '../../../domain/attendance-stats';
import { municipalYearLabel, municipalYearOf } from '../../../domain/municipal-year';
import { ChartPanel } from './chart-panel';
import { AttendanceBars } from './attendance-bars';
import { FiguresTable } from './figures-table';
import type { ReportData } from './use-report-data';
import { countOf } from '../../../domain/english';

/** Attendance per member of one committee over one municipal year. */
export function AttendanceYearReport({ data }: { data: ReportData }) {
  const [committeeId, setCommitteeId] = useState(() => committeeLastAttended(data));
  const years = useMemo(() => {
    const found = new Set<number>();
    for (const meeting of data.meetings.values())
      if (meeting.committeeId === committeeId) found.add(municipalYearOf(meeting.date, data.startMonth));
    return [...found].sort((a, b) => b - a);
  }, [data, committeeId]);
  const [chosenYear, setYear] = useState<number | undefined>(undefined);
  const year = chosenYear !== undefined && years.includes(chosenYear) ? chosenYear : years[0];
  const tallies = useMemo(() => {
    const meetingIds = new Set(
      [...data.meetings.values()]
        .filter((m) => m.committeeId === committeeId && municipalYearOf(m.date, data.startMonth) === year)
        .map((m) => m.id),
    );
    return attendanceByMember(data.attendance, meetingIds);
  }, [data, committeeId, year]);
  const committee = data.committees.find((entry) => entry.id === committeeId);
  const title = `Attendance at ${committee?.name ?? 'the committee'}, ${year !== undefined ? municipalYearLabel(year) : ''}`;
  return (
    <ChartPanel
      title="Attendance per member over a municipal year"
      summary={`${title}: ${countOf(tallies.length, 'member')}. Use “Show as table” for the figures.`}
      controls={
        <>
          <Field label="Committee">
            <Select value={committeeId} onChange={(_, d) => setCommitteeId(d.value)}>
              {data.committees.map((entry) => (
                <option key={entry.id} value={entry.id}>
                  {entry.name}
                </option>
              ))}
            </Select>
          </Field>
          <Field label="Municipal year">
            <Select value={String(year ?? '')} onChange={(_, d) => setYear(Number(d.value))}>
              {years.map((entry) => (
                <option key={entry} value={entry}>
                  {municipalYearLabel(entry)}
                </option>
              ))}
            </Select>
          </Field>
        </>
      }
      chart={<AttendanceBars rows={tallies} labelKey="name" labelWidth={200} />}
      table={
        <FiguresTable
          caption={title}
          rowHeader="Member"
          columns={['Expected', 'Present', 'Apologies', 'Absent', 'As substitute', 'Attendance']}
          rows={tallies.map((tally) => ({
            key: tally.personId,
            label: tally.name,
            values: [
              tally.expected,
              tally.present,
              tally.apologies,
              tally.absent,
              tally.asSubstitute,
              attendanceRate(tally),
            ],
          }))}
        />
      }
    />
  );
}

/**
 * The committee to show first: the one whose meeting most recently had anyone recorded as there, so the clerk
 * opens on figures rather than on a committee (first by name) whose meetings are all still to come.
 */
function committeeLastAttended(data: ReportData): string {
  let latest: { date: string; committeeId: string } | undefined;
  for (const line of data.attendance) {
    if (line.status !== 'present' && line.status !== 'remote') continue;
    const meeting = data.meetings.get(line.meetingId);
    if (meeting && (!latest || meeting.date > latest.date))
      latest = { date: meeting.date, committeeId: meeting.committeeId };
  }
  return latest?.committeeId ?? data.committees[0]?.id ?? '';
}
