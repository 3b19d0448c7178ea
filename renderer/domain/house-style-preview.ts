import type { HouseStyle } from './house-style';
import type { Motion } from './model';
import { proceedingLines } from './proceeding-wording';
import { printedResolution } from './resolution-text';
import { runningOrder } from './running-order';

/** The made-up meeting the preview minutes: who sat, who attended for the council, who sent apologies. */
const chair = 'Helen Okafor';
const viceChair = 'Marcus Brennan';
const member = 'Ann Lee';
const absentMember = 'Rosa Mendes';
const officer = { name: 'Priya Shah', jobTitle: 'Head of Policy' };

/** A motion moved, seconded and carried on a recorded vote: the same wording rules the minutes print with. */
const previewMotion: Motion = {
  id: 'preview-motion',
  meetingId: 'preview',
  minuteId: 'preview',
  text: 'That the revised opening hours be adopted.',
  moverId: viceChair,
  seconderId: member,
  vote: {
    kind: 'recorded',
    choices: [
      { personId: chair, choice: 'for' },
      { personId: viceChair, choice: 'for' },
      { personId: member, choice: 'against' },
    ],
  },
  result: 'carried',
  order: 0,
};

/**
 * A short made-up minute in a house style, line by line, for the settings screen to show before the clerk
 * saves: the same rules the documents print with (the resolution's words come from resolution-text.ts, the
 * motion's and the recorded vote's from proceeding-wording.ts).
 *
 * @example houseStylePreview(defaultHouseStyle)[0] // 'Minutes of the meeting held on Wednesday 12 March 2025 at 6.00 pm'
 */
export function houseStylePreview(style: HouseStyle): string[] {
  const kind = style.recordKind === 'notes' ? 'Notes' : 'Minutes';
  const name = (person: string) => (style.memberNames === 'withTitle' ? `Councillor ${person}` : person);
  const heading =
    style.minutesHeading === 'meetingOf'
      ? ['Meeting held on Wednesday 12 March 2025 at 6.00 pm', kind.toUpperCase()]
      : [`${kind} of the meeting held on Wednesday 12 March 2025 at 6.00 pm`];
  const resolution = printedResolution(
    'RESOLVED',
    { text: 'That the report be noted.', clauses: [] },
    style.resolvedForm,
  );
  const action = `${style.recordKind === 'notes' ? 'For Action' : 'ACTION'}: Circulate the charter to partners (Owner: Head of Policy)`;
  const motion = proceedingLines(runningOrder({ proceedings: [] }, [previewMotion]), {
    motions: [previewMotion],
    nameOf: (person) => name(person ?? ''),
    itemNumberOf: () => '5',
    style,
  }).map((line) => (line.indent ? `    ${line.cells ? line.cells.join('    ') : line.text}` : line.text));
  return [
    ...heading,
    ...(style.recordKind === 'minutes' ? ['DRAFT - subject to approval'] : []),
    ...attendancePreview(style, name),
    ...(style.partAHeading === 'always' ? ['PART A'] : []),
    '5. Library Opening Hours Review',
    `The ${style.chairTitle} introduced the report.`,
    ...motion,
    resolution.lead,
    ...(style.actionsForm === 'inline' ? [action] : ['(actions in the ACTION column beside the minute)']),
    style.closingLine === 'note'
      ? '[Note: The Meeting, having commenced at 6.00 pm, closed at 8.40 pm]'
      : 'The meeting ended at 8.40 pm',
    ...(style.recordKind === 'minutes' ? [`Signed: ........  ${style.chairTitle}`] : []),
  ];
}

function attendancePreview(style: HouseStyle, name: (person: string) => string): string[] {
  if (style.attendanceForm === 'numbered')
    return [
      '(1) Present:',
      `    ${name(chair)}    ${style.chairTitle}`,
      `    ${name(viceChair)}    ${style.viceChairTitle}`,
      `    ${name(member)}    Member`,
      '(2) The following officers attended:',
      `    ${officer.name}    ${officer.jobTitle}`,
      'Apologies were received from:',
      `    ${name(absentMember)}`,
    ];
  return [
    `Present: ${name(chair)} (${style.chairTitle}), ${name(viceChair)} (${style.viceChairTitle}), ${name(member)}`,
    `Officers: ${officer.name} (${officer.jobTitle})`,
    `Apologies: ${name(absentMember)}`,
  ];
}
