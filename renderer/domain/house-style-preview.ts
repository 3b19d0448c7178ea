import type { HouseStyle } from './house-style';
import { printedResolution } from './resolution-text';

/**
 * A short made-up minute in a house style, line by line, for the settings screen to show before the clerk
 * saves: the same rules the documents print with (the resolution's words come from resolution-text.ts).
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
  return [
    ...heading,
    ...(style.recordKind === 'minutes' ? ['DRAFT - subject to approval'] : []),
    `Present: ${name('Helen Okafor')} (${style.chairTitle}), ${name('Marcus Brennan')} (${style.viceChairTitle})`,
    ...(style.partAHeading === 'always' ? ['PART A'] : []),
    '5. Library Opening Hours Review',
    `The ${style.chairTitle} introduced the report.`,
    resolution.lead,
    ...(style.actionsForm === 'inline' ? [action] : ['(actions in the ACTION column beside the minute)']),
    style.closingLine === 'note'
      ? '[Note: The Meeting, having commenced at 6.00 pm, closed at 8.40 pm]'
      : 'The meeting ended at 8.40 pm',
    ...(style.recordKind === 'minutes' ? [`Signed: ........  ${style.chairTitle}`] : []),
  ];
}
