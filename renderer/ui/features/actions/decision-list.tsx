import {
  Badge,
  DataGrid,
  DataGridBody,
  DataGridCell,
  DataGridRow,
  Text,
  createTableColumn,
  type TableColumnDefinition,
} from '@fluentui/react-components';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { loadDeadlineRules } from '../../../db/repositories/bank-holidays';
import { decisionCallIn, type CallInStanding } from '../../../domain/calendar/decision-call-in';
import { formatShortDate } from '../../../domain/en-gb';
import type {
  AgendaItem,
  Committee,
  ExemptParagraph,
  IndividualDecision,
  Meeting,
} from '../../../domain/model';
import {
  GridCellText,
  ResizableGridFrame,
  ResizableHeader,
  resizableColumns,
} from '../../common/resizable-grid';
import { ScreenLink } from '../../common/screen-link';
import { callInSummary } from '../decisions/call-in-standing';
import { exemptWords } from './action-row';

/** One executive decision as the tracker lists it, with where it stands with call-in today. */
type DecisionLine = {
  id: string;
  title: string;
  /** The decision's screen: on its agenda item, or a decision taken by one person. */
  link: string;
  /** Set for a Part B item's decision, with its paragraph where known. */
  exempt?: { paragraph: ExemptParagraph | undefined };
  decisionMaker: string;
  decidedOn: string;
  keyDecision: boolean;
  standing: CallInStanding;
  callIn: string;
};

const collator = new Intl.Collator('en-GB', { sensitivity: 'base', numeric: true });
const callInColours = {
  waiting: 'informative',
  urgent: 'warning',
  open: 'brand',
  closed: 'success',
  calledIn: 'danger',
} as const;

const columns: TableColumnDefinition<DecisionLine>[] = [
  createTableColumn<DecisionLine>({
    columnId: 'decision',
    compare: (a, b) => collator.compare(a.title, b.title),
    renderHeaderCell: () => 'Decision',
    renderCell: (line) => (
      <span>
        <ScreenLink to={line.link}>{line.title}</ScreenLink>
        {line.exempt ? (
          <>
            {' '}
            <Badge size="small" color="important">
              {exemptWords(line.exempt.paragraph)}
            </Badge>
          </>
        ) : null}
      </span>
    ),
  }),
  createTableColumn<DecisionLine>({
    columnId: 'committee',
    compare: (a, b) => collator.compare(a.decisionMaker, b.decisionMaker),
    renderHeaderCell: () => 'Decision maker',
    renderCell: (line) => <GridCellText text={line.decisionMaker} />,
  }),
  createTableColumn<DecisionLine>({
    columnId: 'decided',
    compare: (a, b) => a.decidedOn.localeCompare(b.decidedOn),
    renderHeaderCell: () => 'Decided',
    renderCell: (line) => (line.decidedOn ? formatShortDate(line.decidedOn) : ''),
  }),
  createTableColumn<DecisionLine>({
    columnId: 'key',
    compare: (a, b) => Number(b.keyDecision) - Number(a.keyDecision),
    renderHeaderCell: () => 'Key decision',
    renderCell: (line) => (line.keyDecision ? 'Yes' : 'No'),
  }),
  createTableColumn<DecisionLine>({
    columnId: 'callIn',
    compare: (a, b) => collator.compare(a.callIn, b.callIn),
    renderHeaderCell: () => 'Call-in',
    renderCell: (line) => (
      <Badge appearance="tint" color={callInColours[line.standing.kind]}>
        {line.callIn}
      </Badge>
    ),
  }),
];

// Together (with each column's 16 px of padding) as wide as the page beside the navigation at 1024 px, 768 px.
const columnSizing = {
  decision: { defaultWidth: 210, minWidth: 140 },
  committee: { defaultWidth: 120, minWidth: 90 },
  decided: { defaultWidth: 96, minWidth: 90 },
  key: { defaultWidth: 76, minWidth: 70 },
  callIn: { defaultWidth: 186, minWidth: 140 },
};

/**
 * The executive decisions with their call-in period: open until its last day, called in, or implemented from a
 * date, counted by the council's working days and bank holidays. A Part B decision carries its Exempt mark.
 * Decisions taken by one person (`individual`) are listed with those taken at meetings.
 */
export function DecisionList({
  decisions,
  individual = [],
  committees,
  meetings,
  today,
}: {
  decisions: readonly AgendaItem[];
  individual?: readonly IndividualDecision[];
  committees: Map<string, Committee>;
  meetings: Map<string, Meeting>;
  today: string;
}) {
  const rules = useLiveQuery(loadDeadlineRules, []);
  const lines = useMemo(
    () =>
      rules
        ? [
            ...decisions.flatMap((item): DecisionLine[] => {
              const decision = item.executiveDecision;
              const meeting = meetings.get(item.meetingId);
              if (!decision || !meeting) return [];
              const standing = decisionCallIn(decision, rules, today);
              return [
                {
                  id: item.id,
                  title: item.title,
                  link: `/meetings/${item.meetingId}/items/${item.id}/decision`,
                  ...(item.part === 'B' ? { exempt: { paragraph: item.exemptParagraph } } : {}),
                  decisionMaker: committees.get(meeting.committeeId)?.name ?? '',
                  decidedOn: meeting.date,
                  keyDecision: item.keyDecision,
                  standing,
                  callIn: callInSummary(standing),
                },
              ];
            }),
            ...individual.map((decision): DecisionLine => {
              const standing = decisionCallIn(decision, rules, today);
              return {
                id: decision.id,
                title: decision.title,
                link: `/decisions/${decision.id}`,
                decisionMaker: `${decision.decisionMaker}, ${decision.portfolio}`,
                decidedOn: decision.decidedOn,
                keyDecision: decision.keyDecision,
                standing,
                callIn: callInSummary(standing),
              };
            }),
          ]
        : [],
    [rules, decisions, individual, committees, meetings, today],
  );
  if (lines.length === 0) return <Text as="p">No executive decisions are recorded.</Text>;
  return (
    <ResizableGridFrame>
      <DataGrid
        aria-label="Executive decisions"
        items={lines}
        columns={columns}
        getRowId={(line: DecisionLine) => line.id}
        sortable
        defaultSortState={{ sortColumn: 'decided', sortDirection: 'descending' }}
        {...resizableColumns(columnSizing)}
        focusMode="composite"
        size="small"
      >
        <ResizableHeader />
        <DataGridBody<DecisionLine>>
          {({ item, rowId }) => (
            <DataGridRow<DecisionLine> key={rowId}>
              {({ renderCell }) => <DataGridCell>{renderCell(item)}</DataGridCell>}
            </DataGridRow>
          )}
        </DataGridBody>
      </DataGrid>
    </ResizableGridFrame>
  );
}
