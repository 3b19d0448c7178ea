import { BorderStyle, ImageRun, Paragraph, AlignmentType, Table, TableCell, TableRow, WidthType } from 'docx';
import type { MeetingRecord } from '../../domain/meeting-record';
import { formatClockTime, formatLongDate } from '../../domain/en-gb';
import { exemptWording } from '../../domain/exempt-wording';
import { houseStyleOf, type HouseStyle } from '../../domain/house-style';
import type { Membership, MembershipRole } from '../../domain/model';
import { fullName, type PeopleDirectory } from '../common/people';
import { headingSize, titleSize } from '../common/house-style';
import type { Block } from './blocks';
import { line, linesFor, run } from './blocks';
import type { PackAudience, PackEdition } from './agenda-pack-data';

/**
 * How a role shows after the name on the front sheet, as in seed 004: "Councillor Thaya Idaikkadar (Chairman)".
 * The chair's and vice-chair's titles are the house's, the same the minutes print.
 */
function roleSuffixes(style: HouseStyle): Partial<Record<MembershipRole, string>> {
  return {
    chair: ` (${style.chairTitle})`,
    viceChair: ` (${style.viceChairTitle})`,
    coOptedVoting: ' (Co-opted)',
    coOptedNonVoting: ' (Co-opted, non-voting)',
  };
}

/**
 * The front sheet: organisation (and logo), the body, "WEDNESDAY 13 MARCH 2013 AT 6.00 PM", the venue, "AGENDA";
 * members, substitute members and officers in the committee's order; the clerk's contact details.
 */
export function frontSheet(record: MeetingRecord, audience: PackAudience, edition: PackEdition): Block[] {
  const { organisation, committee, meeting } = record;
  const when = `${formatLongDate(meeting.date)} at ${formatClockTime(meeting.startTime)}`.toUpperCase();
  const blocks: Block[] = [];
  if (organisation.logo) blocks.push(logo(organisation.logo));
  blocks.push(line(organisation.name, { bold: true, centred: true }));
  blocks.push(
    line(`${committee.name.toUpperCase()} MEETING`, {
      bold: true,
      size: titleSize,
      centred: true,
      spaceBefore: 240,
    }),
  );
  blocks.push(line(when, { bold: true, centred: true, spaceBefore: 120 }));
  blocks.push(line((meeting.venue || committee.defaultVenue).toUpperCase(), { bold: true, centred: true }));
  blocks.push(
    line(edition === 'supplementary' ? 'SUPPLEMENTARY AGENDA' : 'AGENDA', {
      bold: true,
      size: headingSize,
      centred: true,
      spaceBefore: 240,
    }),
  );
  if (audience === 'private') {
    blocks.push(line(exemptWording(organisation, 'exemptFrontSheet'), { bold: true, centred: true }));
  }
  if (edition === 'agenda') {
    const suffixes = roleSuffixes(houseStyleOf(organisation, committee));
    const current = currentMemberships(record);
    const byRole = (roles: MembershipRole[]): Membership[] =>
      current.filter((membership) => roles.includes(membership.role));
    blocks.push(
      ...membershipTable(
        'Members:',
        byRole(['chair', 'viceChair', 'member', 'coOptedVoting', 'coOptedNonVoting']),
        record,
        suffixes,
      ),
    );
    blocks.push(...membershipTable('Substitute Members:', byRole(['substitute']), record, suffixes));
    blocks.push(...membershipTable('Officers:', byRole(['adviser']), record, suffixes));
  }
  blocks.push(...contactLines(organisation));
  return blocks;
}

/**
 * "Contact: Jane Smith, Democratic Services Officer" and "Tel: ... E-mail: ...", each part only when the
 * organisation has it: a blank contact printed "Contact: , ... Tel: E-mail:". Nothing prints an empty label.
 */
export function contactLines(
  organisation: Pick<
    MeetingRecord['organisation'],
    'contactName' | 'contactTitle' | 'contactPhone' | 'contactEmail'
  >,
): Block[] {
  const who = [organisation.contactName, organisation.contactTitle]
    .map((part) => part.trim())
    .filter(Boolean);
  const reach = [
    organisation.contactPhone.trim() && `Tel: ${organisation.contactPhone.trim()}`,
    organisation.contactEmail.trim() && `E-mail: ${organisation.contactEmail.trim()}`,
  ].filter(Boolean);
  const lines: Block[] = [];
  if (who.length > 0) lines.push(line(`Contact: ${who.join(', ')}`, { spaceBefore: 240 }));
  if (reach.length > 0) lines.push(line(reach.join(' '), who.length > 0 ? {} : { spaceBefore: 240 }));
  return lines;
}

function currentMemberships(record: MeetingRecord): Membership[] {
  const on = record.meeting.date;
  return record.memberships
    .filter((membership) => membership.committeeId === record.committee.id)
    .filter(
      (membership) => (!membership.from || membership.from <= on) && (!membership.to || membership.to >= on),
    )
    .sort((a, b) => a.order - b.order);
}

const noBorders = {
  top: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  bottom: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  left: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  right: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  insideHorizontal: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  insideVertical: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
};

/** Column widths in twips across the 17 cm text width: name, position, organisation or group. */
const columns = [3300, 3700, 2638];

function membershipTable(
  heading: string,
  memberships: Membership[],
  directory: PeopleDirectory,
  roleSuffix: Partial<Record<MembershipRole, string>>,
): Block[] {
  if (memberships.length === 0) return [];
  let lines = 0;
  const rows = memberships.map((membership) => {
    const person = directory.people[membership.personId];
    const name = person ? fullName(person, directory) : 'Unknown person';
    const cells = [name + (roleSuffix[membership.role] ?? ''), person?.position ?? '', person?.group ?? ''];
    lines += Math.max(...cells.map((text, index) => linesFor(text, 9638 - (columns[index] ?? 3000) + 200)));
    return new TableRow({
      cantSplit: true,
      children: cells.map(
        (text, index) =>
          new TableCell({
            width: { size: columns[index] ?? 3000, type: WidthType.DXA },
            children: [new Paragraph({ children: [run(text)] })],
          }),
      ),
    });
  });
  const table = new Table({
    rows,
    columnWidths: columns,
    width: { size: 9638, type: WidthType.DXA },
    borders: noBorders,
  });
  return [line(heading, { bold: true, spaceBefore: 240, keepNext: true }), { element: table, lines }];
}

function logo(picture: NonNullable<MeetingRecord['organisation']['logo']>): Block {
  const type = picture.mediaType.includes('png') ? 'png' : picture.mediaType.includes('gif') ? 'gif' : 'jpg';
  // Logos print at most 4 cm tall; the picture's own proportions are not known here, so it is drawn square-ish.
  return {
    element: new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [new ImageRun({ type, data: picture.bytes, transformation: { width: 150, height: 100 } })],
    }),
    lines: 6,
  };
}
