import { db } from '../database';
import type { MeetingRecord } from '../../domain/meeting-record';
import { loadOrganisationSettings } from '../repositories/settings';
import { inOrderOfHappening } from '../../domain/meeting-events';
import { minutesPresentedBy } from '../../domain/minutes-presented';
import type { Minute, Person } from '../../domain/model';
import { asSigned, idsOfPeopleNamed } from './people-named';

/** Read a whole meeting in one read-only transaction, so the parts are consistent with each other. */
export async function loadMeetingRecord(meetingId: string): Promise<MeetingRecord | undefined> {
  return db.transaction(
    'r',
    [
      db.settings,
      db.committees,
      db.meetings,
      db.memberships,
      db.people,
      db.agendaItems,
      db.documents,
      db.attendance,
      db.minutes,
      db.resolutions,
      db.declarations,
      db.motions,
      db.actions,
      db.meetingEvents,
      db.minuteRevisions,
    ],
    async () => {
      const meeting = await db.meetings.get(meetingId);
      if (!meeting) return undefined;
      const committee = await db.committees.get(meeting.committeeId);
      if (!committee) return undefined;
      const [
        memberships,
        agendaItems,
        documents,
        attendance,
        minutes,
        resolutions,
        declarations,
        motions,
        actions,
        events,
      ] = await Promise.all([
        db.memberships.where('committeeId').equals(committee.id).sortBy('order'),
        db.agendaItems.where('meetingId').equals(meetingId).toArray(),
        db.documents.where('meetingId').equals(meetingId).toArray(),
        db.attendance
          .where('meetingId')
          .equals(meetingId)
          .toArray()
          .then((lines) => lines.sort((a, b) => a.order - b.order)),
        db.minutes
          .where('meetingId')
          .equals(meetingId)
          .toArray()
          .then((list) => list.sort((a, b) => a.takenOrder - b.takenOrder)),
        db.resolutions.where('meetingId').equals(meetingId).toArray(),
        db.declarations.where('meetingId').equals(meetingId).toArray(),
        db.motions.where('meetingId').equals(meetingId).toArray(),
        db.actions.where('meetingId').equals(meetingId).toArray(),
        db.meetingEvents.where('meetingId').equals(meetingId).toArray().then(inOrderOfHappening),
      ]);
      const personIds = idsOfPeopleNamed({
        memberships,
        attendance,
        declarations,
        motions,
        actions,
        minutes,
      });
      const people: Record<string, Person> = {};
      // Signed minutes print each person as they were signed (people-named.ts); drafts as they are today.
      for (const person of await db.people.bulkGet([...personIds]))
        if (person) people[person.id] = asSigned(person, meeting);
      const previousId = agendaItems.map(minutesPresentedBy).find((ids) => ids.length > 0)?.[0];
      const previousMeeting = previousId ? await db.meetings.get(previousId) : undefined;
      return {
        organisation: await loadOrganisationSettings(),
        committee,
        meeting,
        memberships,
        people,
        agendaItems,
        documents,
        attendance,
        minutes,
        resolutions,
        declarations,
        motions,
        actions,
        events,
        ...(previousMeeting ? { previousMeeting } : {}),
        signedChanges: await signedChangesOf(minutes),
      };
    },
  );
}

/** The amendments and corrections made to these minutes once signed, in the order they were made. */
async function signedChangesOf(minutes: Minute[]): Promise<NonNullable<MeetingRecord['signedChanges']>> {
  const revisions = await db.minuteRevisions
    .where('minuteId')
    .anyOf(minutes.map((minute) => minute.id))
    .filter((revision) => revision.signedChange !== undefined)
    .toArray();
  return revisions
    .sort((a, b) => a.savedAt.localeCompare(b.savedAt) || a.id.localeCompare(b.id))
    .flatMap((revision) =>
      revision.signedChange ? [{ minuteId: revision.minuteId, change: revision.signedChange }] : [],
    );
}
