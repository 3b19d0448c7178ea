import type { AgendaPackData, PackAudience } from '../../documents/agenda-pack';
import { db } from '../database';
import { loadPackData } from '../read/pack-data';
import { loadTemplate } from '../repositories/templates';

/** A pack's data as it is built: the meeting, its papers and the organisation's template, if one is in use. */
export type PackToBuild = { data: AgendaPackData; templateName?: string };

/**
 * Read everything a pack is built from: loadPackData, with the organisation's agenda pack template. Throws, in
 * the clerk's words, for a meeting that no longer exists.
 *
 * @example const { data, templateName } = await readPackToBuild(meetingId, 'public');
 */
export async function readPackToBuild(meetingId: string, audience: PackAudience): Promise<PackToBuild> {
  const data = await loadPackData(meetingId, audience);
  if (!data) throw new Error('That meeting no longer exists.');
  const template = await loadTemplate('agendaPack');
  if (!template) return { data };
  return { data: { ...data, template: template.bytes }, templateName: template.name };
}

/**
 * A build's failure as the clerk should read it: a fault of the organisation's template names the template in
 * use and the two ways out; any other failure is the builder's own message (which names the paper at fault).
 */
export function explainPackFailure(error: unknown, templateName: string | undefined): Error {
  const why = error instanceof Error ? error.message : String(error);
  if (templateName === undefined || !why.startsWith('The agenda pack template'))
    return error instanceof Error ? error : new Error(why);
  return new Error(
    `${why} The template in use is “${templateName}”: upload a corrected one, or go back to the built-in one in Settings, Templates.`,
  );
}

/** What a pack's file is named by: its committee and the meeting's date (undefined for a meeting since deleted). */
export type PackNaming = { committeeName: string; date: string };

/**
 * The two fields a pack's file name needs, read on their own: the page names the file while the worker reads the
 * meeting whole. An unknown committee names no committee rather than failing a pack already made.
 */
export async function readPackNaming(meetingId: string): Promise<PackNaming | undefined> {
  const meeting = await db.meetings.get(meetingId);
  if (!meeting) return undefined;
  const committee = await db.committees.get(meeting.committeeId);
  return { committeeName: committee?.name ?? '', date: meeting.date };
}
