/** The parts of a person a CSV column can fill. */
export const personFields = {
  title: 'Title',
  name: 'Name',
  firstName: 'First name',
  lastName: 'Last name',
  group: 'Group, party or organisation',
  position: 'Position or role',
  email: 'Email',
  phone: 'Phone',
} as const;
export type PersonField = keyof typeof personFields;

/** Which column (by position, so two columns with the same header stay apart) fills each field. */
export type ColumnMapping = Partial<Record<PersonField, number>>;

// Headers are compared lower-cased with everything but letters removed: "E-mail address" becomes "emailaddress".
const headerWords: Record<PersonField, string[]> = {
  title: ['title', 'salutation', 'honorific', 'prefix'],
  name: ['name', 'fullname', 'membername', 'displayname', 'councillor', 'member', 'person'],
  firstName: ['firstname', 'forename', 'forenames', 'givenname', 'first'],
  lastName: ['lastname', 'surname', 'familyname', 'last'],
  group: [
    'group',
    'party',
    'politicalgroup',
    'politicalparty',
    'organisation',
    'organization',
    'representing',
    'body',
  ],
  position: ['position', 'role', 'jobtitle', 'office', 'post', 'membershiprole'],
  email: ['email', 'emailaddress', 'mail'],
  phone: [
    'phone',
    'telephone',
    'tel',
    'mobile',
    'phonenumber',
    'telephonenumber',
    'contactnumber',
    'mobilenumber',
  ],
};

const squash = (header: string): string => header.toLowerCase().replace(/[^a-z]/g, '');

/**
 * A first guess at the mapping from the header row, for the clerk to check. Each field takes the first column
 * whose header names it; columns that name nothing are ignored.
 *
 * @example proposeColumnMapping(['Surname', 'Forename', 'Party', 'E-mail']) // { lastName: 0, firstName: 1, group: 2, email: 3 }
 */
export function proposeColumnMapping(headers: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  headers.forEach((header, column) => {
    const field = (Object.keys(headerWords) as PersonField[]).find((key) =>
      headerWords[key].includes(squash(header)),
    );
    if (field !== undefined && mapping[field] === undefined) mapping[field] = column;
  });
  return mapping;
}

/** What is wrong with a mapping, for the clerk, or undefined when it can be used. */
export function mappingProblem(mapping: ColumnMapping, columnCount: number): string | undefined {
  const used = Object.entries(mapping).filter(([, column]) => column !== undefined);
  const outside = used.find(([, column]) => column < 0 || column >= columnCount);
  if (outside) return `${personFields[outside[0] as PersonField]} points at a column the file does not have.`;
  if (mapping.name === undefined && mapping.lastName === undefined) {
    return 'Choose the column that holds the name (or the first and last names) before importing.';
  }
  return undefined;
}
