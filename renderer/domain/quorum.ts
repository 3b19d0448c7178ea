import type { Attendance, Declaration } from './model';

/**
 * Whether the meeting can do business: enough voting members in the room (or attending remotely, where the
 * body allows it to count) at this moment. Someone who has left is no longer counted; a late arrival counts
 * from the moment the clerk stamps them present. A member who left the room for an item after declaring an
 * interest is out of the count for that item, and back in it for the next.
 *
 * @example quorumState({ attendance, quorum: 3, allowsRemoteAttendance: false }) // { counted: 4, needed: 3, quorate: true, short: 0 }
 */
export type QuorumInput = {
  attendance: readonly Attendance[];
  quorum: number;
  allowsRemoteAttendance: boolean;
  /** People on the roll who never count (co-opted non-voting members, advisers). */
  notCounted?: ReadonlySet<string>;
  /** The item under way and the meeting's declarations: who left the room for it is not counted. */
  during?: { agendaItemId: string; declarations: readonly Declaration[] };
};

export type QuorumState = {
  counted: number;
  needed: number;
  quorate: boolean;
  /** How many more members are needed; 0 when quorate. */
  short: number;
};

/** Is this person in the meeting now, as far as counting and voting go? */
export function isInTheRoom(line: Attendance, allowsRemoteAttendance: boolean): boolean {
  if (line.leftAt) return false;
  return line.status === 'present' || (line.status === 'remote' && allowsRemoteAttendance);
}

/** Members who left the room for this item after declaring an interest in it (of any kind). */
export function leftTheRoomFor(declarations: readonly Declaration[], agendaItemId: string): Set<string> {
  return new Set(
    declarations
      .filter(
        (declaration) => declaration.agendaItemId === agendaItemId && declaration.conduct === 'leftRoom',
      )
      .map((declaration) => declaration.personId),
  );
}

export function countsTowardQuorum(
  line: Attendance,
  allowsRemoteAttendance: boolean,
  notCounted: ReadonlySet<string> = new Set(),
): boolean {
  if (line.kind !== 'member') return false;
  if (line.personId && notCounted.has(line.personId)) return false;
  return isInTheRoom(line, allowsRemoteAttendance);
}

export function quorumState(input: QuorumInput): QuorumState {
  const outForItem = input.during
    ? leftTheRoomFor(input.during.declarations, input.during.agendaItemId)
    : new Set<string>();
  const counted = input.attendance.filter(
    (line) =>
      countsTowardQuorum(line, input.allowsRemoteAttendance, input.notCounted) &&
      !(line.personId && outForItem.has(line.personId)),
  ).length;
  const needed = Math.max(1, input.quorum);
  return { counted, needed, quorate: counted >= needed, short: Math.max(0, needed - counted) };
}

/** The moment to warn the clerk: the meeting was quorate and is no longer (someone just left). */
export function becameInquorate(before: QuorumState | undefined, after: QuorumState): boolean {
  return Boolean(before?.quorate) && !after.quorate;
}
