import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/db/database';
import { loadMeetingRecord } from '../../../renderer/db/read/meeting-record';
import { richTextToPlain } from '../../../renderer/domain/rich-text';
import { signedChangeNote } from '../../../renderer/domain/signed-change-note';
import { resolveConflict } from '../../../renderer/sync/conflicts';
import { exportFile } from '../../../renderer/sync/export';
import { joinParts } from '../../../renderer/sync/format/file-parts';
import { importFile, previewImport } from '../../../renderer/sync/import';
import { forgetLaptops, useLaptop } from './support/laptops';
import { officeText, signedMinuteInConflict, signedText } from './support/signed-conflict';

beforeEach(forgetLaptops);

const text = async (minuteId: string) => richTextToPlain((await db.minutes.get(minuteId))!.text);

/** The lines the minutes' history prints for a meeting. */
async function historyOf(meetingId: string): Promise<string[]> {
  const record = (await loadMeetingRecord(meetingId))!;
  const numbers = new Map(record.minutes.map((minute) => [minute.id, minute.number]));
  return (record.signedChanges ?? []).map(({ minuteId, change }) =>
    signedChangeNote(numbers.get(minuteId) ?? '', change),
  );
}

describe('settling a conflict on signed minutes', () => {
  it('taking the other laptop’s version without a reason is refused, and the signed text and the conflict stay', async () => {
    const { conflict, minute, keepOffice } = await signedMinuteInConflict();
    await expect(resolveConflict(conflict.id, keepOffice)).rejects.toThrow(
      /approved and signed.*Give a reason/,
    );
    await expect(resolveConflict(conflict.id, keepOffice, { reason: '  ' })).rejects.toThrow(/Give a reason/);
    await expect(resolveConflict(conflict.id, { combined: { type: 'doc', content: [] } })).rejects.toThrow(
      /Give a reason/,
    );
    expect(await text(minute.id)).toBe(signedText);
    expect((await db.conflicts.get(conflict.id))?.resolved).toBe(0);
    expect(await historyOf(minute.meetingId)).toEqual([]);
  });

  it('with a reason: the text changes, the correction prints in the minutes’ history and travels', async () => {
    const { conflict, minute, keepOffice } = await signedMinuteInConflict();
    const reason = 'The budget, not the work programme, was discussed';
    await resolveConflict(conflict.id, keepOffice, { reason });
    expect(await text(minute.id)).toBe(officeText);
    expect((await db.conflicts.get(conflict.id))?.resolved).toBe(1);
    const history = await historyOf(minute.meetingId);
    expect(history).toHaveLength(1);
    expect(history[0]).toMatch(new RegExp(`^Minute ${minute.number} corrected on .+: ${reason}$`));
    // The correction is kept with the text as signed, so the original can always be read back.
    const kept = await db.minuteRevisions.where('minuteId').equals(minute.id).toArray();
    expect(kept.map((revision) => richTextToPlain(revision.text))).toContain(signedText);

    // The office takes the chamber's file as the correction it is: no signed version kept back.
    const fromChamber = joinParts(await exportFile({ scope: { kind: 'everything' } }));
    await useLaptop('office');
    const preview = await previewImport(fromChamber);
    expect(preview.signedKept).toEqual([]);
    await importFile(fromChamber);
    expect(await text(minute.id)).toBe(officeText);
    expect(await historyOf(minute.meetingId)).toEqual(history);
  });

  it('keeping the signed version needs no reason and records no correction', async () => {
    const { conflict, minute, keepSigned } = await signedMinuteInConflict();
    await resolveConflict(conflict.id, keepSigned);
    expect(await text(minute.id)).toBe(signedText);
    expect((await db.conflicts.get(conflict.id))?.resolved).toBe(1);
    expect(await historyOf(minute.meetingId)).toEqual([]);
  });
});
