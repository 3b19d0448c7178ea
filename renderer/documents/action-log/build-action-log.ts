import { Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { Document } from 'docx';
import type { MeetingRecord } from '../../domain/meeting-record';
import type { ActionStatus, Committee, IsoDate, OrganisationSettings } from '../../domain/model';
import { formatLongDate, formatShortDate } from '../../domain/en-gb';
import { houseDocument } from '../common/house-document';
import type { DocumentContent } from '../common/house-document';
import { bodyParagraph } from '../common/paragraphs';
import { actionLogRows } from './action-log-rows';
import type { ActionLogData, ActionLogRow } from './action-log-rows';

export type ActionLogInput = ActionLogData & {
  organisation: OrganisationSettings;
  committee: Committee;
  /** The date the log is printed for, e.g. the next meeting's date. */
  asAt: IsoDate;
};

export type ActionLogOptions = { statuses?: readonly ActionStatus[] };

/** Column widths in twips across A4 portrait's 17 cm: a narrow date, the action and outcome sharing the rest. */
const widths = [1400, 3750, 1650, 2838];

/**
 * The committee's action log (seed 002): "Actions from previous meetings", a table of Date, Action, Owner, Outcome,
 * open actions first.
 *
 * @example buildActionLog({ organisation, committee, actions, meetings, people, asAt: '2025-06-11' }, { statuses: ['open'] })
 */
export function buildActionLog(input: ActionLogInput, options: ActionLogOptions = {}): Document {
  return houseDocument(actionLogContent(input, options));
}

export function actionLogContent(input: ActionLogInput, options: ActionLogOptions = {}): DocumentContent {
  const rows = actionLogRows(input, options.statuses);
  return {
    title: `${input.committee.name} action log, ${formatShortDate(input.asAt)}`,
    children: [
      bodyParagraph(input.organisation.name),
      new Paragraph({ text: input.committee.name.toUpperCase(), heading: 'Heading1' }),
      new Paragraph({ text: 'Actions from previous meetings', heading: 'Heading2' }),
      bodyParagraph(
        `The following table sets out the actions agreed at previous meetings of the ${input.committee.name}, as at ${formatLongDate(input.asAt)}.`,
      ),
      rows.length > 0
        ? actionTable(rows)
        : bodyParagraph('There are no actions to report.', { italics: true }),
    ],
    footerNote: `${input.committee.name} - action log - ${formatShortDate(input.asAt)}`,
  };
}

function actionTable(rows: ActionLogRow[]): Table {
  const cell = (text: string, width: number, bold = false): TableCell =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      margins: { top: 60, bottom: 60, left: 100, right: 100 },
      children: text
        .split('\n')
        .map(
          (line) => new Paragraph({ children: [new TextRun({ text: line, bold })], spacing: { after: 60 } }),
        ),
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: widths,
    rows: [
      new TableRow({
        tableHeader: true,
        children: ['Date', 'Action', 'Owner', 'Outcome'].map((heading, index) =>
          cell(heading, widths[index] ?? 0, true),
        ),
      }),
      ...rows.map(
        (row) =>
          new TableRow({
            cantSplit: true,
            children: [row.date, row.action, row.owner, row.outcome].map((text, index) =>
              cell(text, widths[index] ?? 0),
            ),
          }),
      ),
    ],
  });
}

/** The log of one meeting's actions, as of the meeting date: for the demo and for "print this meeting's actions". */
export function actionLogInputFromRecord(record: MeetingRecord): ActionLogInput {
  return {
    organisation: record.organisation,
    committee: record.committee,
    actions: record.actions,
    meetings: [record.meeting, ...(record.previousMeeting ? [record.previousMeeting] : [])],
    people: record.people,
    asAt: record.meeting.date,
  };
}
