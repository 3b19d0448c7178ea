import { Text } from '@fluentui/react-components';
import { useCallback, useMemo, useState } from 'react';
import type { Action } from '../../../domain/model';
import { isOverdue } from '../../../domain/action-status';
import { Loading } from '../../common/loading';
import { Page } from '../../common/page';
import { ActionDetails } from './action-details';
import { ActionFilterFields, noActionFilter, type ActionFilter } from './action-filters';
import { ActionList } from './action-list';
import { DecisionList } from './decision-list';
import { NextMeetingLinks } from './next-meeting-links';
import { today } from './today';
import { useActionLog } from './use-action-log';

/**
 * Every action across every committee: filter, sort, see what is overdue, and follow each one up; then the
 * executive decisions with where each stands with call-in.
 */
export function ActionTrackerPage() {
  const log = useActionLog();
  const [filter, setFilter] = useState<ActionFilter>(noActionFilter);
  const [selectedId, setSelectedId] = useState<string | undefined>(undefined);
  const now = today();
  const openAction = useCallback((action: Action) => setSelectedId(action.id), []);
  const shown = useMemo(() => {
    if (!log) return [];
    const owner = filter.owner.trim().toLowerCase();
    return log.actions.filter(
      (action) =>
        (!filter.committeeId || action.committeeId === filter.committeeId) &&
        (!filter.status || action.status === filter.status) &&
        (!owner || action.ownerText.toLowerCase().includes(owner)) &&
        (!filter.overdueOnly || isOverdue(action, now)),
    );
  }, [log, filter, now]);
  const decisions = useMemo(
    () =>
      (log?.decisions ?? []).filter(
        (item) =>
          !filter.committeeId || log?.meetings.get(item.meetingId)?.committeeId === filter.committeeId,
      ),
    [log, filter.committeeId],
  );
  if (!log) return <Loading what="the action log" />;
  const selected = log.actions.find((action) => action.id === selectedId);
  const committees = [...log.committees.values()].sort((a, b) => a.name.localeCompare(b.name));
  const overdue = shown.filter((action) => isOverdue(action, now)).length;
  return (
    <Page title="Actions">
      <ActionFilterFields committees={committees} filter={filter} onChange={setFilter} />
      {filter.committeeId ? <NextMeetingLinks committeeId={filter.committeeId} /> : null}
      <Text role="status">
        {shown.length === 1 ? '1 action' : `${shown.length} actions`}, {overdue} overdue.
      </Text>
      {shown.length === 0 ? (
        // An empty grid reads as broken; say why there is nothing, and where actions come from.
        <Text>
          {log.actions.length === 0
            ? 'No actions yet. Actions agreed at a meeting (Conclusions and actions, Alt+C, on the live screen) appear here.'
            : 'No action matches these filters.'}
        </Text>
      ) : (
        <ActionList
          actions={shown}
          committees={log.committees}
          meetings={log.meetings}
          exemptMinutes={log.exemptMinutes}
          today={now}
          selectedId={selectedId}
          onOpen={openAction}
        />
      )}
      {selected ? (
        <ActionDetails
          action={selected}
          committee={log.committees.get(selected.committeeId)}
          meeting={log.meetings.get(selected.meetingId)}
        />
      ) : shown.length > 0 ? (
        <Text>Choose an action (click it, or Enter) to see its updates and record its outcome.</Text>
      ) : null}
      <h2>Executive decisions and call-in</h2>
      <DecisionList
        decisions={decisions}
        // A committee's filter leaves out decisions taken by one person: no committee took them.
        individual={filter.committeeId ? [] : log.individualDecisions}
        committees={log.committees}
        meetings={log.meetings}
        today={now}
      />
    </Page>
  );
}
