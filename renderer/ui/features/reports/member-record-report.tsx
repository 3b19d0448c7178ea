import { Field, Select } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { attendanceRate, memberRecord } from '../../../domain/attendance-stats';
import { printedName } from '../../../domain/person-name';
import { ChartPanel } from './chart-panel';
import { seriesColours } from './colours';
import { FiguresTable } from './figures-table';
import type { ReportData } from './use-report-data';

/** One member's attendance record across all the committees they sat on or substituted at. */
export function MemberRecordReport({ data }: { data: ReportData }) {
  const members = useMemo(() => {
    const ids = new Set(
      data.attendance.filter((l) => l.kind === 'member' && l.personId).map((l) => l.personId),
    );
    return [...data.people.values()]
      .filter((person) => ids.has(person.id))
      .sort((a, b) => a.name.localeCompare(b.name));
  }, [data]);
  const [chosen, setChosen] = useState('');
  const personId = chosen || members[0]?.id || '';
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
      summary={`${title} across ${rows.length} committees.`}
      controls={
        <Field label="Member">
          <Select value={personId} onChange={(_, d) => setChosen(d.value)}>
            {members.map((member) => (
              <option key={member.id} value={member.id}>
                {printedName(member)}
              </option>
            ))}
          </Select>
        </Field>
      }
      chart={
        <ResponsiveContainer>
          <BarChart data={rows} layout="vertical" margin={{ left: 40 }} accessibilityLayer>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis type="number" allowDecimals={false} />
            <YAxis type="category" dataKey="committee" width={260} interval={0} />
            <Tooltip />
            <Legend />
            <Bar dataKey="present" name="Present" stackId="a" fill={seriesColours.present} />
            <Bar dataKey="apologies" name="Apologies" stackId="a" fill={seriesColours.apologies} />
            <Bar dataKey="absent" name="Absent" stackId="a" fill={seriesColours.absent} />
            <Bar dataKey="asSubstitute" name="As substitute" stackId="a" fill={seriesColours.asSubstitute} />
          </BarChart>
        </ResponsiveContainer>
      }
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
