import {
  declarationKinds,
  membershipRoles,
  statutoryBars,
  type Attendance,
  type AttendanceStatus,
  type ClockTime,
  type Declaration,
  type DeclarationKind,
  type IsoDate,
  type Membership,
  type MembershipRole,
  type StatutoryBar,
} from './model';
import { isInTheRoom } from './quorum';

/**
 * Who may vote on an item now: the one rule over everything recorded at the meeting. A member on the roll is
 * counted unless one or more of these causes applies, and each cause is kept as what it is, so the screen,
 * the refusal of a vote and the minutes can all say why in the clerk's words:
 * - no vote on this body (a co-opted non-voting member or an adviser);
 * - not in the meeting now (apologies, absent, not yet arrived, left early, remote where that does not count);
 * - left the room for this item after declaring an interest of any kind;
 * - a disclosable pecuniary interest in the item without a dispensation (Localism Act 2011 s31), even if
 *   they stayed in the room;
 * - withdrew from the vote under the code of conduct (an other registrable or non-registrable interest);
 * - a statutory bar that is not an interest (section 106 of the Local Government Finance Act 1992).
 *
 * @example votingRoll({ attendance, declarations, memberships, agendaItemId, allowsRemoteAttendance: false })
 *   // { eligible: ['p1', 'p2'], excluded: [{ personId: 'p3', causes: [{ kind: 'statutoryBar', bar: 'councilTaxArrears' }] }] }
 */
export type EligibilityInput = {
  attendance: readonly Attendance[];
  declarations: readonly Declaration[];
  memberships: readonly Membership[];
  agendaItemId: string;
  allowsRemoteAttendance: boolean;
  /** The meeting's date: a member's role is read as it stood that day (a past role does not give a vote). */
  on?: IsoDate;
};

export type IneligibleCause =
  | { kind: 'noVote'; role: MembershipRole }
  | { kind: 'notInMeeting'; status: AttendanceStatus; leftAt?: ClockTime }
  | { kind: 'leftRoomForItem'; interest: DeclarationKind }
  | { kind: 'dpiWithoutDispensation' }
  | { kind: 'withdrewUnderCode'; interest: DeclarationKind }
  | { kind: 'statutoryBar'; bar: StatutoryBar };

export type IneligibleMember = { personId: string; causes: IneligibleCause[] };

export type VotingRoll = {
  eligible: string[];
  excluded: IneligibleMember[];
};

/** Roles that never carry a vote (nor count toward the quorum). */
const rolesWithoutVote: ReadonlySet<MembershipRole> = new Set(['coOptedNonVoting', 'adviser']);

/**
 * The role that takes a member's vote away, if every one of their memberships of the body held on the day is
 * without a vote (a person who was a co-opted non-voting member and is now a full member votes, and one who
 * was a full member and is now co-opted without a vote does not). With no membership held on the day, all of
 * theirs are read, so a date typed wrongly never takes a vote away.
 */
export function roleWithoutVote(
  memberships: readonly Membership[],
  personId: string,
  on?: IsoDate,
): MembershipRole | undefined {
  const all = memberships.filter((membership) => membership.personId === personId);
  const held = on
    ? all.filter(
        (membership) =>
          (!membership.from || membership.from <= on) && (!membership.to || membership.to >= on),
      )
    : all;
  const theirs = held.length > 0 ? held : all;
  if (theirs.length === 0 || theirs.some((membership) => !rolesWithoutVote.has(membership.role)))
    return undefined;
  return theirs[0]?.role;
}

export function membersWithoutVote(memberships: readonly Membership[], on?: IsoDate): Set<string> {
  return new Set(
    memberships
      .map((membership) => membership.personId)
      .filter((personId) => roleWithoutVote(memberships, personId, on) !== undefined),
  );
}

/** What the member's own declarations on the item mean for their vote. */
function declarationCauses(
  declarations: readonly Declaration[],
  personId: string,
  agendaItemId: string,
): IneligibleCause[] {
  const causes: IneligibleCause[] = [];
  for (const declaration of declarations) {
    if (declaration.personId !== personId || declaration.agendaItemId !== agendaItemId) continue;
    if (declaration.conduct === 'leftRoom')
      causes.push({ kind: 'leftRoomForItem', interest: declaration.kind });
    else if (declaration.kind === 'dpi' && declaration.conduct !== 'dispensation')
      causes.push({ kind: 'dpiWithoutDispensation' });
    else if (declaration.conduct === 'didNotVote')
      causes.push({ kind: 'withdrewUnderCode', interest: declaration.kind });
  }
  return causes;
}

/**
 * Every cause that stops this member voting on the item; empty when they may vote. A person may have more than
 * one line on the roll (two laptops each added them): they are in the room if any line says so, and a bar
 * recorded on any line holds.
 */
export function causesAgainstVoting(
  lines: readonly Attendance[],
  input: Omit<EligibilityInput, 'attendance'>,
): IneligibleCause[] {
  const personId = lines[0]?.personId ?? '';
  const causes: IneligibleCause[] = [];
  const role = roleWithoutVote(input.memberships, personId, input.on);
  if (role) causes.push({ kind: 'noVote', role });
  const away = lines.every((line) => !isInTheRoom(line, input.allowsRemoteAttendance));
  const first = lines[0];
  if (away && first)
    causes.push({
      kind: 'notInMeeting',
      status: first.status,
      ...(first.leftAt ? { leftAt: first.leftAt } : {}),
    });
  causes.push(...declarationCauses(input.declarations, personId, input.agendaItemId));
  const bars = new Set(
    lines.flatMap((line) =>
      (line.votingBars ?? []).filter((bar) => bar.agendaItemId === input.agendaItemId).map((bar) => bar.bar),
    ),
  );
  for (const bar of bars) if (bar in statutoryBars) causes.push({ kind: 'statutoryBar', bar });
  return causes;
}

export function votingRoll(input: EligibilityInput): VotingRoll {
  const byPerson = new Map<string, Attendance[]>();
  // In the order of the roll, whatever order the lines were read in, so every message names people alike.
  for (const line of [...input.attendance].sort((a, b) => a.order - b.order)) {
    if (line.kind !== 'member' || !line.personId) continue;
    byPerson.set(line.personId, [...(byPerson.get(line.personId) ?? []), line]);
  }
  const roll: VotingRoll = { eligible: [], excluded: [] };
  for (const [personId, lines] of byPerson) {
    const causes = causesAgainstVoting(lines, input);
    if (causes.length === 0) roll.eligible.push(personId);
    else roll.excluded.push({ personId, causes });
  }
  return roll;
}

/** Whether the cause leaves the member in the room for this item (so counted toward its quorum), though not voting. */
export function inTheRoomFor(cause: IneligibleCause): boolean {
  return cause.kind !== 'notInMeeting' && cause.kind !== 'leftRoomForItem';
}

const statusWords: Record<AttendanceStatus, string> = {
  present: 'not in the meeting now',
  apologies: 'sent apologies',
  absent: 'not at the meeting',
  remote: 'attending remotely, which does not count on this body',
};

function formatTime(time: ClockTime): string {
  const match = /^(\d{1,2}):(\d{2})/.exec(time);
  if (!match) return time;
  const hours = Number(match[1]);
  return `${hours % 12 || 12}.${match[2] ?? '00'} ${hours < 12 ? 'am' : 'pm'}`;
}

/** Why a member cannot be counted, in the clerk's words: "left the room for this item after declaring ...". */
export function causeWords(cause: IneligibleCause): string {
  const interest = (kind: DeclarationKind) => {
    const words = (declarationKinds[kind] ?? 'interest').toLowerCase();
    return `${/^[aeiou]/.test(words) ? 'an' : 'a'} ${words}`;
  };
  switch (cause.kind) {
    case 'noVote':
      return cause.role === 'coOptedNonVoting'
        ? 'a co-opted member without a vote'
        : `${(membershipRoles[cause.role] ?? 'member').toLowerCase()}, with no vote on this body`;
    case 'notInMeeting':
      return cause.leftAt ? `left the meeting at ${formatTime(cause.leftAt)}` : statusWords[cause.status];
    case 'leftRoomForItem':
      return `left the room for this item after declaring ${interest(cause.interest)}`;
    case 'dpiWithoutDispensation':
      return 'declared a disclosable pecuniary interest in this item and holds no dispensation';
    case 'withdrewUnderCode':
      return `did not vote on this item under the code of conduct, having declared ${interest(cause.interest)}`;
    case 'statutoryBar':
      return `barred from voting on this item by ${statutoryBars[cause.bar].law}`;
  }
}

/** All of a member's causes as one phrase: "sent apologies; and barred from voting on this item by ...". */
export function causesWords(causes: readonly IneligibleCause[]): string {
  return causes.map(causeWords).join('; and ');
}

/** Members in the room who may not vote on the item: the likely slip when a count is too high. */
export function inTheRoomButNotVoting(roll: VotingRoll): IneligibleMember[] {
  return roll.excluded.filter(
    (member) => member.causes.length > 0 && member.causes.every((cause) => inTheRoomFor(cause)),
  );
}
