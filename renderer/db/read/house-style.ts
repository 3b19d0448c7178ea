import { db } from '../database';
import { houseStyleOf, type HouseStyle } from '../../domain/house-style';
import { organisationSettingsId } from '../../domain/model';

/**
 * The house style of the meeting a minute belongs to: its committee's choices over the organisation's. The live
 * screen shows a resolution in it, so what the clerk reads there is what prints.
 */
export async function houseStyleOfMinute(minuteId: string): Promise<HouseStyle> {
  const minute = await db.minutes.get(minuteId);
  const meeting = minute ? await db.meetings.get(minute.meetingId) : undefined;
  const committee = meeting ? await db.committees.get(meeting.committeeId) : undefined;
  return houseStyleOf(await db.settings.get(organisationSettingsId), committee);
}
