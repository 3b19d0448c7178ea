import type { Committee, OrganisationSettings } from './model';

/**
 * How a council writes its minutes and agendas. Councils differ in these by custom, not by law, so each is a
 * setting of the organisation with the most common form as its default, and a committee may set its own (a
 * full Council meeting chaired by the Mayor, a Scottish board's Convener, an informal working group's notes).
 */
export type HouseStyle = {
  /** The presiding member's title: "Chair", "Chairman", "Chairman of the Council", "Mayor", "Convener". */
  chairTitle: string;
  /** The deputy's title: "Vice-Chair", "Vice-Chairman", "Deputy Mayor", "Vice-Convener". */
  viceChairTitle: string;
  resolvedForm: ResolvedForm;
  memberNames: MemberNames;
  minutesHeading: MinutesHeadingForm;
  partAHeading: PartAHeading;
  closingLine: ClosingLine;
  actionsForm: ActionsForm;
  /** Minutes, or notes for informal bodies: no DRAFT, no signature, "For Action" lines. */
  recordKind: RecordKind;
  motionWording: MotionWording;
  recordedVotes: RecordedVoteLayout;
  attendanceForm: AttendanceForm;
};

export const resolvedForms = {
  colonThat: 'RESOLVED: That the report be noted.',
  lowerThat: 'RESOLVED that the report be noted.',
} as const;
export type ResolvedForm = keyof typeof resolvedForms;

export const memberNamesForms = {
  withTitle: 'Councillor Jane Smith',
  withoutTitle: 'Jane Smith',
} as const;
export type MemberNames = keyof typeof memberNamesForms;

export const minutesHeadingForms = {
  minutesOf: 'Minutes of the meeting held on …',
  meetingOf: 'Meeting held on … then MINUTES',
} as const;
export type MinutesHeadingForm = keyof typeof minutesHeadingForms;

export const partAHeadings = {
  withPartB: '“PART A” only when the meeting had Part B business',
  always: '“PART A” always',
} as const;
export type PartAHeading = keyof typeof partAHeadings;

export const closingLines = {
  fromTimes: 'As the times recorded allow',
  endedAt: 'The meeting ended at 9.20 pm',
  note: '[Note: The meeting, having commenced at 6.02 pm, closed at 9.20 pm]',
} as const;
export type ClosingLine = keyof typeof closingLines;

export const actionsForms = {
  inline: 'In the text: “ACTION: …” under the minute',
  column: 'In an ACTION column beside each minute',
} as const;
export type ActionsForm = keyof typeof actionsForms;

export const recordKinds = {
  minutes: 'Minutes (DRAFT until approved, signed by the chair)',
  notes: 'Notes (informal bodies: no DRAFT, no signature)',
} as const;
export type RecordKind = keyof typeof recordKinds;

/** How a motion's mover and seconder are written; the first is what Chamber printed before the choice existed. */
export const motionWordings = {
  itWasMoved: 'It was moved by X and seconded by Y',
  movedBy: 'Moved by X, seconded by Y',
} as const;
export type MotionWording = keyof typeof motionWordings;

/** How a recorded (named) vote prints: a line of names for each side, or a table of each member's vote. */
export const recordedVoteLayouts = {
  lists: 'Names in lines: For (2): Councillors A and B',
  table: 'A table: Name | For / Against / Abstain',
} as const;
export type RecordedVoteLayout = keyof typeof recordedVoteLayouts;

/** Who attended: labelled lists, or the numbered form "(1) Present:" with positions and organisations. */
export const attendanceForms = {
  lists: 'Lists: Present, Also present, Officers, Apologies',
  numbered: 'Numbered tables: (1) Present, (2) The following officers attended',
} as const;
export type AttendanceForm = keyof typeof attendanceForms;

export const defaultHouseStyle: HouseStyle = {
  chairTitle: 'Chair',
  viceChairTitle: 'Vice-Chair',
  resolvedForm: 'colonThat',
  memberNames: 'withTitle',
  minutesHeading: 'minutesOf',
  partAHeading: 'withPartB',
  closingLine: 'fromTimes',
  actionsForm: 'inline',
  recordKind: 'minutes',
  motionWording: 'itWasMoved',
  recordedVotes: 'lists',
  attendanceForm: 'lists',
};

/** The value sets of each choice, so a stored value that is not one of them (an old file) reads as the default. */
const choices = {
  resolvedForm: resolvedForms,
  memberNames: memberNamesForms,
  minutesHeading: minutesHeadingForms,
  partAHeading: partAHeadings,
  closingLine: closingLines,
  actionsForm: actionsForms,
  recordKind: recordKinds,
  motionWording: motionWordings,
  recordedVotes: recordedVoteLayouts,
  attendanceForm: attendanceForms,
} as const;

/** A house style as stored: every choice optional, so settings saved before a choice existed keep working. */
export type StoredHouseStyle = Partial<HouseStyle>;

/**
 * The style a committee's documents are written in: the committee's own choices over the organisation's, over
 * Chamber's defaults. A blank title or an unknown choice falls through to the next.
 *
 * @example houseStyleOf({ houseStyle: { chairTitle: 'Mayor' } }, undefined).chairTitle // 'Mayor'
 */
export function houseStyleOf(
  organisation: Pick<OrganisationSettings, 'houseStyle'> | undefined,
  committee?: Pick<Committee, 'houseStyle'>,
): HouseStyle {
  const style = { ...defaultHouseStyle };
  for (const layer of [organisation?.houseStyle, committee?.houseStyle]) {
    if (!layer) continue;
    for (const title of ['chairTitle', 'viceChairTitle'] as const) {
      const value = layer[title]?.trim();
      if (value) style[title] = value;
    }
    for (const key of Object.keys(choices) as (keyof typeof choices)[]) {
      const value = layer[key];
      if (typeof value === 'string' && value in choices[key]) (style as Record<string, string>)[key] = value;
    }
  }
  return style;
}

/** The titles councils commonly use, offered as suggestions; any other can be typed. */
export const commonChairTitles = [
  'Chair',
  'Chairman',
  'Chairman of the Council',
  'Mayor',
  'Convener',
] as const;
