import type { IsoDate, RecordId, Stored } from './record';

export type PersonStatus = 'active' | 'former';

export type Person = Stored & {
  /** "Councillor", "Cllr", "Dr", "Mr"... printed before the name. */
  title: string;
  name: string;
  /** Political group, party, or the organisation a partner represents. */
  group: string;
  /** Their position, e.g. "Leader of the Council" or "Representative". */
  position: string;
  email: string;
  phone: string;
  status: PersonStatus;
  /**
   * The ids of records merged into this one (duplicates of the same person). Every laptop that imports this
   * moves what still names them to this person (db/repositories/person-merge.ts honourPersonMerges).
   */
  mergedFromIds?: RecordId[];
};

/** Categories of SI 2012/1464 (disclosable pecuniary interests), and the model codes' other kinds. */
export const interestCategories = {
  employment: 'Employment, office, trade, profession or vocation (DPI)',
  sponsorship: 'Sponsorship (DPI)',
  contracts: 'Contracts (DPI)',
  land: 'Land (DPI)',
  licences: 'Licences (DPI)',
  corporateTenancies: 'Corporate tenancies (DPI)',
  securities: 'Securities (DPI)',
  otherRegistrable: 'Other registrable interest',
  nonRegistrable: 'Non-registrable interest',
} as const;
export type InterestCategory = keyof typeof interestCategories;

export type RegisteredInterest = Stored & {
  personId: RecordId;
  category: InterestCategory;
  description: string;
  from?: IsoDate;
  to?: IsoDate;
};
