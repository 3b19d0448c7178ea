import { numberAgenda } from '../../../../renderer/domain/agenda-numbering';
import {
  formatClockTime,
  formatLongDate,
  formatNumericDate,
  meetingHeldOn,
  toIsoDate,
} from '../../../../renderer/domain/en-gb';
import { measureText } from '../../../../renderer/domain/minute-history';
import { sequenceOf } from '../../../../renderer/domain/minute-numbering';
import * as model from '../../../../renderer/domain/model';
import { printedName } from '../../../../renderer/domain/person-name';
import { resolutionToLines } from '../../../../renderer/domain/resolution-text';
import { richTextToPlain } from '../../../../renderer/domain/rich-text';
import { voteOutcome } from '../../../../renderer/domain/votes';

type Values = Record<string, unknown>;

const dates = [
  'date',
  'from',
  'to',
  'due',
  'agendaPublishedOn',
  'rescheduledFrom',
  'addedOn',
  'decidedOn',
  'expectedDate',
];
const times = ['startTime', 'defaultStartTime', 'at', 'arrivedAt', 'leftAt', 'startedAt'];
const moments = ['savedAt', 'uploadedAt'];

/** The known values of each field a screen shows through a list of labels (domain/model). */
const labels: Record<string, Record<string, Readonly<Record<string | number, string>>>> = {
  committees: { type: model.committeeTypes, minuteNumbering: model.minuteNumberingSchemes },
  memberships: { role: model.membershipRoles },
  meetings: { type: model.meetingTypes, status: model.meetingStatuses },
  meetingEvents: { kind: model.meetingEventKinds },
  agendaItems: { exemptParagraph: model.exemptParagraphs },
  documents: { role: model.documentRoles },
  attendance: { kind: model.attendeeKinds, status: model.attendanceStatuses },
  resolutions: { verb: model.resolutionVerbs },
  declarations: { kind: model.declarationKinds, conduct: model.declarationConduct },
  motions: { result: model.voteResults },
  actions: { status: model.actionStatuses },
  interests: { category: model.interestCategories },
  templates: { kind: model.documentKinds },
  bankHolidays: { region: model.bankHolidayRegions },
  individualDecisions: { takenBy: model.decisionTakers },
  settings: { bankHolidayRegion: model.bankHolidayRegions },
};

/**
 * Read a stored record as the screens and papers do, through the domain's own formatters: throws where a
 * screen would crash (a date it cannot format, a status with no label, a minute's text it cannot walk).
 * `like` is the record as the screens made it: every value must be of the kind the screens made.
 */
export function readAsTheScreensDo(table: string, values: Values, like: Values): void {
  for (const [field, made] of Object.entries(like)) {
    const value = values[field];
    if (value === undefined) continue;
    const kind = (of: unknown) =>
      Array.isArray(of) ? 'list' : of instanceof Uint8Array ? 'bytes' : typeof of;
    if (kind(value) !== kind(made))
      throw new Error(`${table}.${field} is a ${kind(value)}, not a ${kind(made)}`);
    if (typeof value === 'number' && !Number.isFinite(value))
      throw new Error(`${table}.${field} is ${value}`);
  }
  for (const field of dates) if (typeof values[field] === 'string') formatDate(values[field]);
  for (const field of times) if (typeof values[field] === 'string') formatClockTime(values[field]);
  for (const field of moments)
    if (typeof values[field] === 'string') formatDate(toIsoDate(new Date(values[field])));
  for (const [field, known] of Object.entries(labels[table] ?? {})) {
    const value = values[field];
    if (value !== undefined && known[value as string] === undefined)
      throw new Error(`${table}.${field} ${JSON.stringify(value)} has no label`);
  }
  readTable(table, values);
}

function formatDate(date: string): void {
  formatLongDate(date);
  formatNumericDate(date);
}

function readTable(table: string, values: Values): void {
  switch (table) {
    case 'people':
      printedName(values as model.Person);
      break;
    case 'meetings':
      meetingHeldOn(values.date as string, values.startTime as string);
      break;
    case 'agendaItems':
      numberAgenda([values as model.AgendaItem]);
      break;
    case 'minutes':
    case 'minuteRevisions':
      richTextToPlain(values.text as model.RichText);
      measureText(values.text as model.RichText);
      if (table === 'minutes') sequenceOf(values.number as string);
      break;
    case 'resolutions':
      resolutionToLines(values as model.Resolution);
      break;
    case 'motions':
      if (values.vote) voteOutcome(values.vote as model.Vote, values.castingVote as model.VoteChoice);
      break;
    case 'actions':
      for (const update of values.updates as model.ActionUpdate[]) formatDate(update.on);
      break;
  }
}
