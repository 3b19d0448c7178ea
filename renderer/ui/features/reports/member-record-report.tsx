import { useMemo, useState } from 'react';
import { attendanceRate, memberRecord } from '../../../domain/attendance-stats';
import { printedName, sortedBySurname } from '../../../domain/person-name';
import { PersonPicker } from '../../common/person-picker';
import { ChartPanel } from './chart-panel';
import { AttendanceBars } from './attendance-bars';
import { FiguresTable } from './figures-table';
import type { ReportData } from './use-report-data';
import { countOf } from '../../../domain/english';

/** One member's attendance record across all the committees they sat on or substituted at. */
export function MemberRecordReport({ data }: { data: ReportData }) {
  const members = useMemo(() => {
    const ids = new Set(
      data.attendance.filter((l) => l.kind === 'member' && l.personId).map((l) => l.personId),
    );
    return [...data.people.values()].filter((person) => ids.has(person.id));
  }, [data]);
  // The first member by surname until the clerk chooses; '' while they type another name.
  const [chosen, setChosen] = useState<string>();
  const personId = chosen ?? sortedBySurname(members)[0]?.id ?? '';
  const person = data.people.get(personId);
  const names = useMemo(() => new Map(data.committees.map((c) => [c.id, c.name])), [data]);
  const rows = useMemo(
    () =>
      memberRecord(personId, data.attendance, data.meetings)
        .map((row) => ({ ...row, committee: names.get(row.committeeId) ?? '' }))
        .sort((a, b) => a.committee.localeCompare(b.committee)),
    [data, personId, names],
  );
  const title = `Attendance record of ${person ? printedName(person) : 'a member'}`;
  return (
    <ChartPanel
      title="A member’s attendance record"
      summary={`${title} across ${countOf(rows.length, 'committee')}.`}
      controls={<PersonPicker label="Member" people={members} personId={personId} onChange={setChosen} />}
      chart={<AttendanceBars rows={rows} labelKey="committee" labelWidth={260} />}
      table={
        <FiguresTable
          caption={title}
          rowHeader="Committee"
          columns={['Expected', 'Present', 'Apologies', 'Absent', 'As substitute', 'Attendance']}
          rows={rows.map((row) => ({
            key: row.committeeId,
            label: row.committee,
            values: [
              row.expected,
              row.present,
              row.apologies,
              row.absent,
              row.asSubstitute,
              attendanceRate(row),
            ],
          }))}
        />
      }
    />
  );
}
