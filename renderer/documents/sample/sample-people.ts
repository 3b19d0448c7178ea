import type { Committee, Membership, OrganisationSettings, Person } from '../../domain/model';
import { defaultStandingItems } from '../../domain/standing-items';

/**
 * A fictional council for demos and tests: Wrenmoor Borough Council and its Community Partnership Board.
 * Every name here is invented; none belongs to a real office-holder.
 */
export const sampleOrganisation: OrganisationSettings = {
  id: 'organisation',
  name: 'Wrenmoor Borough Council',
  address: 'Civic Centre, Market Square, Wrenmoor WR1 1AA',
  contactName: 'Priya Holloway',
  contactTitle: 'Democratic Services Officer',
  contactPhone: '01632 960 418',
  contactEmail: 'democratic.services@wrenmoor.example',
  defaultVenue: 'Committee Room 2, Wrenmoor Civic Centre',
  municipalYearStartMonth: 5,
  bankHolidayRegion: 'englandAndWales',
  saturdaysAreClearDays: false,
  reportDeadlineWorkingDays: 10,
  callInWorkingDays: 3,
  noticeClearDays: 5,
};

export const sampleCommittee: Committee = {
  id: 'committee-partnership',
  name: 'Wrenmoor Community Partnership Board',
  shortName: 'Partnership Board',
  type: 'board',
  quorum: 4,
  defaultVenue: 'Committee Room 2, Wrenmoor Civic Centre',
  defaultStartTime: '18:00',
  minuteNumbering: 'continuous',
  firstMinuteNumber: 201,
  standingItems: [...defaultStandingItems],
  allowsRemoteAttendance: true,
};

const person = (id: string, title: string, name: string, position: string, group: string): Person => ({
  id,
  title,
  name,
  position,
  group,
  email: `${name.toLowerCase().replace(/[^a-z]+/g, '.')}@wrenmoor.example`,
  phone: '',
  status: 'active',
});

export const samplePeople: Person[] = [
  person('p-okafor', 'Councillor', 'Helen Okafor', 'Leader of the Council', 'Wrenmoor Borough Council'),
  person('p-brennan', 'Councillor', 'Marcus Brennan', 'Deputy Leader', 'Wrenmoor Borough Council'),
  person('p-lindqvist', 'Councillor', 'Ada Lindqvist', 'Member', 'Wrenmoor Borough Council'),
  person('p-tembe', 'Councillor', 'Joseph Tembe', 'Member', 'Wrenmoor Borough Council'),
  person('p-ferreira', 'Councillor', 'Rosa Ferreira', 'Member', 'Wrenmoor Borough Council'),
  person('p-achebe', 'Councillor', 'Nkem Achebe', 'Leader of the Opposition', 'Wrenmoor Borough Council'),
  person('p-waverley', 'Dr', 'Imogen Waverley', 'Clinical Director', 'Wrenmoor Health Partnership'),
  person('p-castell', 'Chief Inspector', 'Owen Castell', 'Neighbourhood Policing Lead', 'Wrenmoor Police'),
  person('p-marsh', '', 'Tobias Marsh', 'Representative', 'Wrenmoor Voluntary Action'),
  person('p-sub-quint', 'Councillor', 'Lena Quint', 'Substitute Member', 'Wrenmoor Borough Council'),
  person(
    'p-cabinet-hale',
    'Councillor',
    'Simon Hale',
    'Cabinet Member for Communities',
    'Wrenmoor Borough Council',
  ),
  person('p-officer-north', '', 'Grace Northcott', 'Head of Community Safety', 'Wrenmoor Borough Council'),
  person(
    'p-officer-adeyemi',
    '',
    'Daniel Adeyemi',
    'Head of Libraries and Culture',
    'Wrenmoor Borough Council',
  ),
  person(
    'p-officer-holloway',
    '',
    'Priya Holloway',
    'Democratic Services Officer',
    'Wrenmoor Borough Council',
  ),
];

const seat = (personId: string, role: Membership['role'], order: number): Membership => ({
  id: `m-${personId}`,
  committeeId: sampleCommittee.id,
  personId,
  role,
  order,
  from: '2024-05-15',
});

export const sampleMemberships: Membership[] = [
  seat('p-okafor', 'chair', 1),
  seat('p-brennan', 'viceChair', 2),
  seat('p-lindqvist', 'member', 3),
  seat('p-tembe', 'member', 4),
  seat('p-ferreira', 'member', 5),
  seat('p-achebe', 'member', 6),
  seat('p-waverley', 'member', 7),
  seat('p-castell', 'member', 8),
  seat('p-marsh', 'coOptedVoting', 9),
  seat('p-sub-quint', 'substitute', 10),
];
