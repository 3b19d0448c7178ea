import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { seriesColours } from './colours';

type AttendanceCounts = { present: number; apologies: number; absent: number; asSubstitute: number };

/**
 * Stacked horizontal bars of attendance (present, apologies, absent, as substitute), one bar per row: a member
 * of a committee, or a committee of a member. The same colours in every report, so a clerk reads them alike.
 */
export function AttendanceBars<T extends AttendanceCounts>({
  rows,
  labelKey,
  labelWidth,
}: {
  rows: T[];
  labelKey: string;
  labelWidth: number;
}) {
  return (
    <ResponsiveContainer>
      <BarChart data={rows} layout="vertical" margin={{ left: 40 }} accessibilityLayer>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis type="number" allowDecimals={false} />
        <YAxis type="category" dataKey={labelKey} width={labelWidth} interval={0} />
        <Tooltip />
        <Legend />
        <Bar dataKey="present" name="Present" stackId="a" fill={seriesColours.present} />
        <Bar dataKey="apologies" name="Apologies" stackId="a" fill={seriesColours.apologies} />
        <Bar dataKey="absent" name="Absent" stackId="a" fill={seriesColours.absent} />
        <Bar dataKey="asSubstitute" name="As substitute" stackId="a" fill={seriesColours.asSubstitute} />
      </BarChart>
    </ResponsiveContainer>
  );
}
