import type { Committee, Membership, MembershipRole, Person } from '../model';
import { defaultStandingItems } from '../standing-items';
import type { Random } from './random';
import { committeeNames, firstNames, groups, officerPosts, surnames, venues } from './vocabulary';

/** Councillors are elected every four years: memberships change at each election. */
export const termYears = 4;

export type Cast = { councillors: Person[]; officers: Person[] };

export function castOfPeople(random: Random, councillorCount: number): Cast {
  const names = new Set<string>();
  const uniqueName = (): string => {
    for (;;) {
      const name = `${random.pick(firstNames)} ${random.pick(surnames)}`;
      if (!names.has(name)) {
        names.add(name);
        return name;
      }
    }
  };
  const person = (title: string, group: string, position: string): Person => {
    const name = uniqueName();
    return {
      id: random.id(),
      title,
      name,
      group,
      position,
      email: `${name.toLowerCase().replace(/[^a-z]+/g, '.')}@brackenmoor.example`,
      phone: '',
      status: 'active',
    };
  };
  const councillors = Array.from({ length: councillorCount }, () =>
    person('Councillor', random.pick(groups), ''),
  );
  const officers = officerPosts.map((post) => person(random.pick(['Mr', 'Ms', 'Dr']), '', post));
  return { councillors, officers };
}

export function committeeRecords(random: Random, count: number): Committee[] {
  if (count > committeeNames.length)
    throw new Error(`The archive has at most ${committeeNames.length} committees.`);
  return committeeNames.slice(0, count).map((name) => ({
    id: random.id(),
    name,
    shortName: name.replace(/ (Committee|Board|Panel|Sub-committee)$/, ''),
    type: name.endsWith('Sub-committee')
      ? 'subCommittee'
      : name.endsWith('Board')
        ? 'board'
        : name.endsWith('Panel')
          ? 'panel'
          : 'committee',
    quorum: 3,
    defaultVenue: random.pick(venues),
    defaultStartTime: random.pick(['10:00', '14:00', '18:00', '18:30', '19:00']),
    minuteNumbering: 'continuous',
    firstMinuteNumber: 1,
    standingItems: [...defaultStandingItems],
    allowsRemoteAttendance: false,
  }));
}

/** Roles of the ten seats and two substitutes each committee fills at every election. */
const seats: readonly MembershipRole[] = [
  'chair',
  'viceChair',
  ...Array<MembershipRole>(8).fill('member'),
  'substitute',
  'substitute',
];

/**
 * The committee's members for each four-year term from the archive's first year. The last term has no end date:
 * those members sit today.
 */
export function membershipsOf(
  random: Random,
  committee: Committee,
  councillors: readonly Person[],
  firstYear: number,
  years: number,
  startMonth: number,
): Membership[] {
  const memberships: Membership[] = [];
  const month = String(startMonth).padStart(2, '0');
  for (let term = firstYear; term < firstYear + years; term += termYears) {
    const last = term + termYears >= firstYear + years;
    const people = random.sample(councillors, seats.length);
    seats.forEach((role, order) => {
      memberships.push({
        id: random.id(),
        committeeId: committee.id,
        personId: (people[order] as Person).id,
        role,
        from: `${term}-${month}-01`,
        ...(last ? {} : { to: `${term + termYears}-${month}-01` }),
        order: (term - firstYear) * 100 + order,
      });
    });
  }
  return memberships;
}

/** The memberships in force on a date. */
export function sittingOn(memberships: readonly Membership[], date: string): Membership[] {
  return memberships.filter((m) => (!m.from || m.from <= date) && (!m.to || date < m.to));
}
