import { db } from '../database';
import { putRecord } from '../gate';
import type { Attendance, Person } from '../../domain/model';
import { printedName } from '../../domain/person-name';
import { personRecord } from './people';
import { refuseUnlessCorrecting, type SignedCorrection } from './signed-minutes';
import { newId, writeTransaction } from './transaction';

/** Who sits in as a substitute: someone on record, or a name the clerk has said is someone new. */
export type SubstituteChoice = { personId: string } | { newName: string };

/**
 * A substitute arrives: they are a member present at this meeting, standing in for `forPersonId` when given.
 * Someone not yet on record is added to the people first, in the same transaction, so there is never a person
 * without their attendance or a substitute without a person.
 *
 * @example await addSubstitute(meeting.id, { personId: grace.id }, john.id)
 */
export async function addSubstitute(
  meetingId: string,
  choice: SubstituteChoice,
  forPersonId?: string,
  correction?: SignedCorrection,
): Promise<Attendance> {
  return writeTransaction([db.people, db.attendance, db.meetings], async () => {
    if (!(await db.meetings.get(meetingId))) throw new Error('That meeting no longer exists.');
    await refuseUnlessCorrecting(meetingId, correction);
    let person: Person | undefined;
    if ('personId' in choice) {
      person = await db.people.get(choice.personId);
      if (!person) throw new Error('That person is no longer on record: choose the substitute again.');
    } else {
      if (!choice.newName.trim()) throw new Error('Type the substitute’s name.');
      person = personRecord({ name: choice.newName });
      await putRecord(db, 'people', person);
    }
    const lines = await db.attendance.where('meetingId').equals(meetingId).toArray();
    if (lines.some((line) => line.personId === person.id))
      throw new Error(`${printedName(person)} is already in the attendance of this meeting.`);
    const line: Attendance = {
      id: newId(),
      meetingId,
      personId: person.id,
      name: printedName(person),
      kind: 'member',
      status: 'present',
      order: lines.length,
      ...(forPersonId ? { substituteForPersonId: forPersonId } : {}),
    };
    await putRecord(db, 'attendance', line);
    return line;
  });
}
