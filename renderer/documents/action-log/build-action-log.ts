import { Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { Document } from 'docx';
import type { MeetingRecord } from '../../domain/meeting-record';
import type { ActionStatus, Committee, IsoDate, OrganisationSettings } from '../../domain/model';
import { formatLongDate, formatShortDate } from '../../domain/en-gb';
import { houseDocument } from '../common/house-document';
import type { DocumentContent } from '../common/house-document';
import { bodyParagraph } from '../common/paragraphs';
import { actionLogRows, exemptMinuteIds } from './action-log-rows';
import type { ActionLogAudience, ActionLogData, ActionLogRow } from './action-log-rows';

export type ActionLogInput = ActionLogData & {
  organisation: OrganisationSettings;
  committee: Committee;
  /** The date the log is printed for, e.g. the next meeting's date. */
  asAt: IsoDate;
};

export type ActionLogOptions = { statuses?: readonly ActionStatus[]; audience?: ActionLogAudience };

/** How an action agreed on a Part B item is marked in a private log (the public log leaves it out). */
export const exemptActionMark = 'Part B (exempt)';

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
  const rows = actionLogRows(input, options.statuses, options.audience);
  // A log holding exempt actions is circulated to members only: every page says so, as private packs do.
  const exempt = rows.some((row) => row.exempt);
  return {
    ...(exempt && { markings: ['NOT FOR PUBLICATION'] }),
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
  const line = (text: string, bold: boolean) =>
    new Paragraph({ children: [new TextRun({ text, bold })], spacing: { after: 60 } });
  const cell = (text: string, width: number, bold = false, mark?: string): TableCell =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      margins: { top: 60, bottom: 60, left: 100, right: 100 },
      children: [...(mark ? [line(mark, true)] : []), ...text.split('\n').map((each) => line(each, bold))],
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
              cell(text, widths[index] ?? 0, false, index === 1 && row.exempt ? exemptActionMark : undefined),
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
    exemptMinuteIds: exemptMinuteIds(record.agendaItems, record.minutes),
    asAt: record.meeting.date,
  };
}
