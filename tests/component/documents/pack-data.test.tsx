import 'fake-indexeddb/auto';
import { strFromU8, unzipSync } from 'fflate';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/db/database';
import { loadPackData } from '../../../renderer/db/read/pack-data';
import { createMeeting } from '../../../renderer/db/repositories/meetings';
import { saveResolution, takeItem } from '../../../renderer/db/repositories/minutes';
import { freshDatabase } from '../../unit/db/reset';
import { keyedMeeting } from './support';

beforeEach(freshDatabase);

function bodyText(bytes: Uint8Array | undefined): string {
  const xml = strFromU8(unzipSync(bytes ?? new Uint8Array())['word/document.xml'] ?? new Uint8Array());
  return xml.replace(/<[^>]+>/g, '');
}

describe('the data an agenda pack is built from', () => {
  it('carries the previous meeting’s public minutes, and no Part B bytes in the public pack', async () => {
    const { meetingId: firstId, committeeId } = await keyedMeeting(true);
    const items = await db.agendaItems.where('meetingId').equals(firstId).toArray();
    const publicItem = items.find((item) => item.title === 'Street Trading Policy');
    const exemptItem = items.find((item) => item.part === 'B');
    const publicMinute = await takeItem(firstId, publicItem?.id ?? '');
    await saveResolution(publicMinute.id, { text: 'That the policy be adopted.' });
    await takeItem(firstId, exemptItem?.id ?? '');
    const next = await createMeeting(committeeId, { date: '2026-04-08' });

    const data = await loadPackData(next.id, 'public');
    expect(data?.record.previousMeeting?.id).toBe(firstId);
    expect(data?.presentedMinutes?.map((minutes) => [minutes.meetingId, minutes.draft])).toEqual([
      [firstId, true],
    ]);
    const previous = bodyText(data?.presentedMinutes?.[0]?.bytes);
    expect(previous).toContain('DRAFT - subject to approval');
    expect(previous).toContain('Minutes of the meeting held on Wednesday 11 February 2026');
    expect(previous).toContain('That the policy be adopted.');
    expect(previous).not.toContain('Licence Review: Named Premises');
    expect(data?.previousExemptMinutes).toBeUndefined();
    const forMembers = await loadPackData(next.id, 'private');
    expect(bodyText(forMembers?.previousExemptMinutes?.bytes)).toContain('Licence Review: Named Premises');
    expect(forMembers?.previousExemptMinutes?.paragraph).toBe(exemptItem?.exemptParagraph);

    const first = await loadPackData(firstId, 'public');
    const secret = first?.record.documents.find((paper) => paper.agendaItemId === exemptItem?.id);
    expect(Object.keys(first?.documentContents ?? {})).toHaveLength(1);
    expect(secret && first?.documentContents[secret.id]).toBeUndefined();
    const members = await loadPackData(firstId, 'private');
    expect(secret && members?.documentContents[secret.id]).toBeInstanceOf(Uint8Array);
  });

  it('is undefined for a meeting that no longer exists', async () => {
    expect(await loadPackData('no-such-meeting', 'public')).toBeUndefined();
  });
});
