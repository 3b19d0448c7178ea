import type { Attendance, Meeting, Membership } from '../model';
import { printedName } from '../person-name';
import type { YearPlan } from './committee-year';

/**
 * Who came: members present (86%), with apologies (10%) or absent; a substitute fills about half the
 * apologies; two officers attend.
 */
export function rollCall(plan: YearPlan, meeting: Meeting, sitting: Membership[]): Attendance[] {
  const { random } = plan;
  const lines: Attendance[] = [];
  const substitutes = sitting.filter((m) => m.role === 'substitute');
  const line = (personId: string, fields: Partial<Attendance>): Attendance => {
    const person = plan.people.get(personId);
    return {
      id: random.id(),
      meetingId: meeting.id,
      personId,
      name: person ? printedName(person) : 'Unknown',
      kind: 'member',
      status: 'present',
      order: lines.length,
      ...fields,
    };
  };
  for (const membership of sitting) {
    if (membership.role === 'substitute' || membership.role === 'adviser') continue;
    const roll = random.next();
    const status = roll < 0.86 ? 'present' : roll < 0.96 ? 'apologies' : 'absent';
    lines.push(line(membership.personId, { status }));
    const substitute = status === 'apologies' && random.chance(0.5) ? substitutes.shift() : undefined;
    if (substitute) {
      lines.push(line(substitute.personId, { substituteForPersonId: membership.personId }));
    }
  }
  for (const officer of random.sample(plan.officers, 2)) {
    lines.push(line(officer.id, { kind: 'officer' }));
  }
  return lines;
}
