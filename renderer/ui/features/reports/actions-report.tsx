import { useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { emptyStatusCounts, statusByCommittee } from '../../../domain/action-status';
import { ChartPanel } from './chart-panel';
import { seriesColours } from './colours';
import { FiguresTable } from './figures-table';
import type { ReportData } from './use-report-data';
import { countOf } from '../../../domain/english';

/** Actions by status, and how many are overdue, for each committee. */
export function ActionsReport({ data, today }: { data: ReportData; today: string }) {
  const rows = useMemo(() => {
    const counts = statusByCommittee(data.actions, today);
    return data.committees.map((committee) => ({
      committeeId: committee.id,
      committee: committee.name,
      ...(counts.get(committee.id) ?? emptyStatusCounts()),
    }));
  }, [data, today]);
  const overdue = rows.reduce((sum, row) => sum + row.overdue, 0);
  return (
    <ChartPanel
      title="Actions by status and overdue per committee"
      summary={`${countOf(data.actions.length, 'action')} across ${countOf(rows.length, 'committee')}, ${overdue} overdue.`}
      chart={
        <ResponsiveContainer>
          <BarChart data={rows} layout="vertical" margin={{ left: 40 }} accessibilityLayer>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis type="number" allowDecimals={false} />
            <YAxis type="category" dataKey="committee" width={260} interval={0} />
            <Tooltip />
            <Legend />
            <Bar dataKey="open" name="Open" stackId="s" fill={seriesColours.open} />
            <Bar dataKey="inProgress" name="In progress" stackId="s" fill={seriesColours.inProgress} />
            <Bar dataKey="done" name="Done" stackId="s" fill={seriesColours.done} />
            <Bar dataKey="dropped" name="Dropped" stackId="s" fill={seriesColours.dropped} />
            <Bar dataKey="overdue" name="Overdue" fill={seriesColours.overdue} />
          </BarChart>
        </ResponsiveContainer>
      }
      table={
        <FiguresTable
          caption="Actions by status and overdue per committee"
          rowHeader="Committee"
          columns={['Open', 'In progress', 'Done', 'Dropped', 'Overdue', 'Total']}
          rows={rows.map((row) => ({
            key: row.committeeId,
            label: row.committee,
            values: [row.open, row.inProgress, row.done, row.dropped, row.overdue, row.total],
          }))}
        />
      }
    />
  );
}
