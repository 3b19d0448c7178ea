import { db } from '../database';
import { putRecord, updateRecord } from '../gate';
import { stampsOf } from '../record-stamps';
import type { Minute, Resolution, RichText } from '../../domain/model';
import { emptyRichText } from '../../domain/rich-text';
import { minuteNumber, sequenceOf } from '../../domain/minute-numbering';
import { municipalYearOf } from '../../domain/municipal-year';
import { numberAgenda } from '../../domain/agenda-numbering';
import { orderVariedNote } from '../../domain/minute-order';
import { renumberMinutes } from '../../domain/minute-renumbering';
import { loadOrganisationSettings } from './settings';
import {
  refuseUnlessCorrecting,
  refuseUnlessCorrectingMinute,
  type SignedCorrection,
} from './signed-minutes';
import { newId, writeTransaction } from './transaction';

/**
 * Take an agenda item: the clerk starts minuting it. The minute gets the next number in the committee's
 * scheme, in the order items are taken. Taking an item already taken returns its minute unchanged.
 */
export async function takeItem(meetingId: string, agendaItemId: string): Promise<Minute> {
  return writeTransaction([db.settings, db.committees, db.meetings, db.agendaItems, db.minutes], async () => {
    const existing = await db.minutes.where('agendaItemId').equals(agendaItemId).first();
    if (existing) return existing;
    const meeting = await db.meetings.get(meetingId);
    const committee = meeting && (await db.committees.get(meeting.committeeId));
    if (!meeting || !committee) throw new Error('That meeting no longer exists.');
    // Signed minutes gain no new minute: an item left untaken then was not minuted.
    await refuseUnlessCorrecting(meetingId, undefined);
    const settings = await loadOrganisationSettings();
    const municipalYear = municipalYearOf(meeting.date, settings.municipalYearStartMonth);
    const taken = await db.minutes.where('meetingId').equals(meetingId).toArray();
    const agenda = numberAgenda(await db.agendaItems.where('meetingId').equals(meetingId).toArray());
    const minute: Minute = {
      id: newId(),
      meetingId,
      agendaItemId,
      takenOrder: taken.length + 1,
      number: minuteNumber({
        scheme: committee.minuteNumbering,
        sequence: await nextSequence(
          committee.id,
          committee.minuteNumbering,
          municipalYear,
          settings.municipalYearStartMonth,
          committee.firstMinuteNumber,
        ),
        municipalYear,
        agendaNumber: agenda.find((entry) => entry.item.id === agendaItemId)?.number ?? '',
        unnumbered: agenda.find((entry) => entry.item.id === agendaItemId)?.item.unnumbered,
      }),
      text: emptyRichText(),
      conclusions: [],
    };
    await putRecord(db, 'minutes', minute);
    return minute;
  });
}

/**
 * The next running number: one more than the highest this committee has used (in this municipal year for the
 * per-year scheme). Before any minute is recorded in Chamber it is the committee's configured first number, so
 * a committee moving to Chamber mid-year carries on from its paper minutes.
 */
async function nextSequence(
  committeeId: string,
  scheme: string,
  municipalYear: number,
  startMonth: number,
  firstNumber: number,
): Promise<number> {
  const meetings = await db.meetings.where('committeeId').equals(committeeId).toArray();
  const inScope =
    scheme === 'perMunicipalYear'
      ? meetings.filter((meeting) => municipalYearOf(meeting.date, startMonth) === municipalYear)
      : meetings;
  const minutes = await db.minutes
    .where('meetingId')
    .anyOf(inScope.map((meeting) => meeting.id))
    .toArray();
  const highest = Math.max(0, ...minutes.map((minute) => sequenceOf(minute.number) ?? 0));
  if (highest > 0) return highest + 1;
  if (scheme === 'perMunicipalYear') {
    const anyEarlier = await db.minutes
      .where('meetingId')
      .anyOf(meetings.map((meeting) => meeting.id))
      .count();
    return anyEarlier > 0 ? 1 : firstNumber;
  }
  return firstNumber;
}

export async function saveMinuteText(
  minuteId: string,
  text: RichText,
  correction?: SignedCorrection,
): Promise<void> {
  await writeTransaction([db.meetings, db.minutes], async () => {
    await refuseUnlessCorrectingMinute(minuteId, correction);
    await updateRecord<Minute>(db, 'minutes', minuteId, { text });
  });
}

export async function saveConclusions(
  minuteId: string,
  conclusions: string[],
  correction?: SignedCorrection,
): Promise<void> {
  await writeTransaction([db.meetings, db.minutes], async () => {
    await refuseUnlessCorrectingMinute(minuteId, correction);
    await updateRecord<Minute>(db, 'minutes', minuteId, { conclusions });
  });
}

export type ResolutionDraft = Partial<Omit<Resolution, 'id' | 'minuteId' | 'meetingId'>>;

/** Set the minute's (first) resolution, creating it if there is none yet. */
export async function saveResolution(
  minuteId: string,
  draft: ResolutionDraft,
  correction?: SignedCorrection,
): Promise<Resolution> {
  return writeTransaction([db.meetings, db.minutes, db.resolutions], async () => {
    const minute = await db.minutes.get(minuteId);
    if (!minute) throw new Error('That minute no longer exists.');
    await refuseUnlessCorrecting(minute.meetingId, correction);
    const existing = (await db.resolutions.where('minuteId').equals(minuteId).sortBy('order'))[0];
    const resolution: Resolution = {
      id: existing?.id ?? newId(),
      minuteId,
      meetingId: minute.meetingId,
      verb: 'resolved',
      recommendedTo: '',
      text: '',
      clauses: [],
      order: 0,
      ...existing,
      ...draft,
    };
    await putRecord(db, 'resolutions', resolution);
    return resolution;
  });
}

/**
 * Take an item in the meeting: give it its minute number (takeItem), stamp the time it was taken, and when it
 * is not the next item on the agenda record that the Chair varied the order of business. All in one go.
 */
export async function takeItemInMeeting(
  meetingId: string,
  agendaItemId: string,
  at: string,
): Promise<Minute> {
  return writeTransaction(
    [db.settings, db.committees, db.meetings, db.agendaItems, db.minutes, db.meetingEvents],
    async () => {
      const already = await db.minutes.where('agendaItemId').equals(agendaItemId).first();
      if (already) return already;
      const agenda = numberAgenda(await db.agendaItems.where('meetingId').equals(meetingId).toArray());
      const taken = new Set(
        (await db.minutes.where('meetingId').equals(meetingId).toArray()).map(
          (minute) => minute.agendaItemId,
        ),
      );
      const note = orderVariedNote(agenda, taken, agendaItemId);
      const minute = await takeItem(meetingId, agendaItemId);
      const stamped = await updateRecord<Minute>(db, 'minutes', minute.id, { startedAt: at });
      if (note) {
        await putRecord(db, 'meetingEvents', {
          id: newId(),
          meetingId,
          kind: 'orderVaried',
          at,
          note,
          agendaItemId,
        });
      }
      return stamped;
    },
  );
}

/** A record an import wrote, as far as settling minute numbers needs to know. */
export type ImportedRecord = { table: string; values?: Record<string, unknown> };

/**
 * After an import: the meetings whose minutes it brought in get distinct minute numbers again, by the rule in
 * domain/minute-renumbering that every laptop computes alike. Runs after the import has committed and the
 * clock has moved past the file's stamps, so the new numbers are later than anything in the file and travel
 * back at the next exchange. Returns how many minutes were renumbered.
 */
export async function settleImportedMinuteNumbers(
  written: ImportedRecord[],
  /**
   * Where every minute of those meetings stands, when the import knows it without reading them: on a laptop
   * that held no minute before it, they are the minutes it wrote (a whole archive's are tens of thousands).
   */
  stored?: readonly MinutePlace[],
): Promise<number> {
  const meetingIds = new Set<string>();
  for (const record of written) {
    const meetingId = record.table === 'minutes' ? record.values?.meetingId : undefined;
    if (typeof meetingId === 'string') meetingIds.add(meetingId);
  }
  if (meetingIds.size === 0) return 0;
  // A first import of a whole archive brings in thousands of meetings' minutes: read them in one go and open a
  // meeting's own transaction only where two of its minutes share an order taken or a number.
  const imported =
    stored ??
    (await db.minutes
      .where('meetingId')
      .anyOf([...meetingIds])
      .toArray());
  let renumbered = 0;
  for (const meetingId of meetingsWithSharedNumbers(imported))
    renumbered += await settleMinuteNumbers(meetingId);
  return renumbered;
}

/** What settling minute numbers looks at in a minute. */
export type MinutePlace = Pick<Minute, 'meetingId' | 'takenOrder' | 'number'>;

function meetingsWithSharedNumbers(minutes: readonly MinutePlace[]): Set<string> {
  const seen = new Set<string>();
  const clashing = new Set<string>();
  for (const minute of minutes) {
    for (const key of [
      `${minute.meetingId} order ${minute.takenOrder}`,
      `${minute.meetingId} number ${minute.number}`,
    ]) {
      if (seen.has(key)) clashing.add(minute.meetingId);
      seen.add(key);
    }
  }
  return clashing;
}

/** Make one meeting's minute numbers and order taken distinct (see domain/minute-renumbering). */
export async function settleMinuteNumbers(meetingId: string): Promise<number> {
  return writeTransaction([db.meetings, db.committees, db.minutes], async () => {
    const meeting = await db.meetings.get(meetingId);
    const committee = meeting && (await db.committees.get(meeting.committeeId));
    const minutes = await db.minutes.where('meetingId').equals(meetingId).toArray();
    if (!meeting || !committee || minutes.length < 2) return 0;
    // A minute's meeting is set when it is taken and never changes: its stamp is when the minute was created.
    const changes = renumberMinutes({
      scheme: committee.minuteNumbering,
      approved: meeting.status === 'minutesApproved',
      minutes: minutes.map((minute) => ({
        id: minute.id,
        takenOrder: minute.takenOrder,
        number: minute.number,
        createdStamp: stampsOf(minute)?.meetingId,
      })),
    });
    for (const change of changes)
      await updateRecord<Minute>(db, 'minutes', change.id, {
        number: change.number,
        takenOrder: change.takenOrder,
      });
    return changes.length;
  });
}
