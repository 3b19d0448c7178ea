import { db } from '../../../../renderer/db/database';
import { createMeeting } from '../../../../renderer/db/repositories/meetings';
import { saveMinuteText } from '../../../../renderer/db/repositories/minutes';
import {
  approveMinutes,
  chooseMinutesPresented,
} from '../../../../renderer/db/repositories/minutes-approval';
import { exportFile } from '../../../../renderer/sync/export';
import { joinParts } from '../../../../renderer/sync/format/file-parts';
import { importFile } from '../../../../renderer/sync/import';
import { listOpenConflicts } from '../../../../renderer/sync/conflicts';
import { richTextToPlain } from '../../../../renderer/domain/rich-text';
import { useLaptop } from './laptops';
import { paragraph, seedMeeting } from './meeting';

const everything = { scope: { kind: 'everything' as const } };
export const signedText = 'Members asked about the work programme.';
export const officeText = 'Members asked about the budget instead.';

/**
 * The office laptop keys a meeting and hands it to the chamber laptop, where the next meeting approves the
 * minutes (as they stand). The office, not yet told, goes on editing them. Ends on the chamber laptop.
 */
export async function signedInTheChamber() {
  await useLaptop('office');
  const seeded = await seedMeeting();
  const next = await createMeeting(seeded.meeting.committeeId, { date: '2013-04-10' });
  const item = (await db.agendaItems.where('meetingId').equals(next.id).toArray()).find(
    (candidate) => candidate.standingKind === 'previousMinutes',
  )!;
  const start = joinParts(await exportFile(everything));
  await useLaptop('chamber');
  await importFile(start);
  await chooseMinutesPresented(item.id, [seeded.meeting.id]);
  await approveMinutes(item.id, { decision: 'approved', approvedOn: '2013-04-10', amendments: [] });
  return seeded;
}

/**
 * signedInTheChamber, then the office rewrites a minute; its file reaches the chamber, which keeps the signed
 * text and holds the office's as a conflict. Ends on the chamber laptop with that conflict open.
 */
export async function signedMinuteInConflict() {
  const seeded = await signedInTheChamber();
  await useLaptop('office');
  await saveMinuteText(seeded.minute.id, paragraph(officeText));
  const fromOffice = joinParts(await exportFile(everything));
  await useLaptop('chamber');
  await importFile(fromOffice);
  const conflict = (await listOpenConflicts()).find(
    (each) => each.table === 'minutes' && each.field === 'text',
  )!;
  // Both versions were typed on the office laptop, so which side the screen calls whose depends on the stamps:
  // name the choices by what they keep.
  const officeSide = richTextToPlain(conflict.remoteValue as never) === officeText ? 'remote' : 'local';
  const keepOffice = { keep: officeSide } as const;
  const keepSigned = { keep: officeSide === 'remote' ? 'local' : 'remote' } as const;
  return { ...seeded, conflict, keepOffice, keepSigned };
}
