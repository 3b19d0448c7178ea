import type { Attendance, Declaration, OrganisationSettings } from './model';

/** What the minutes say of a declaration made before the meeting, unless the house has its own words. */
export const defaultDeclaredInAdvanceWords = 'declared in advance of the meeting';

/**
 * Whether a declaration was made in advance of the meeting: by a member who was not at it (sent apologies or was
 * absent), whose declaration came by letter or email and the clerk recorded on the live screen under "Not in the
 * room (declared in advance)". It is not stored: it follows from the attendance, so a member marked present later
 * (arrived after all) is no longer printed as having declared in advance. A declarer with no attendance line
 * (records from before attendance was kept) is not, since nothing says they were away.
 *
 * @example declaredInAdvance({ personId: 'p-ferreira', ... }, [{ personId: 'p-ferreira', status: 'apologies', ... }]) // true
 */
export function declaredInAdvance(
  declaration: Pick<Declaration, 'personId'>,
  attendance: readonly Pick<Attendance, 'personId' | 'status'>[],
): boolean {
  const lines = attendance.filter((line) => line.personId === declaration.personId);
  return lines.length > 0 && lines.every((line) => line.status === 'apologies' || line.status === 'absent');
}

/** The house's words for it ("declared in advance of the meeting"), its own if set and not blank. */
export function declaredInAdvanceWords(
  organisation: Pick<OrganisationSettings, 'declaredInAdvanceWords'>,
): string {
  return organisation.declaredInAdvanceWords?.trim() || defaultDeclaredInAdvanceWords;
}
