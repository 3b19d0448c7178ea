import type { Paragraph } from 'docx';
import type { MeetingRecord } from '../../domain/meeting-record';
import { houseStyleOf } from '../../domain/house-style';
import type { membershipRoles } from '../../domain/model';
import { fullName } from '../common/people';
import { bodyParagraph, leadIn } from '../common/paragraphs';

/** "Membership:" then each member in the committee's order, "Councillor Jane Smith (Chair)"; substitutes after. */
export function membershipParagraphs(record: MeetingRecord): Paragraph[] {
  const current = record.memberships
    .filter((membership) => !membership.to || membership.to >= record.meeting.date)
    .sort((a, b) => a.order - b.order);
  const style = houseStyleOf(record.organisation, record.committee);
  const line = (personId: string, role: keyof typeof membershipRoles): Paragraph | undefined => {
    const person = record.people[personId];
    if (!person) return undefined;
    const label =
      role === 'chair' ? ` (${style.chairTitle})` : role === 'viceChair' ? ` (${style.viceChairTitle})` : '';
    return bodyParagraph(`${fullName(person, record)}${label}${person.group ? `, ${person.group}` : ''}`, {
      indentLevel: 1,
    });
  };
  const members = current
    .filter((m) => m.role !== 'substitute' && m.role !== 'adviser')
    .map((m) => line(m.personId, m.role));
  const substitutes = current.filter((m) => m.role === 'substitute').map((m) => line(m.personId, m.role));
  const present = (paragraph: Paragraph | undefined): paragraph is Paragraph => paragraph !== undefined;
  return [
    ...(members.some(present) ? [leadIn('Membership:'), ...members.filter(present)] : []),
    ...(substitutes.some(present) ? [leadIn('Substitute Members:'), ...substitutes.filter(present)] : []),
  ];
}
