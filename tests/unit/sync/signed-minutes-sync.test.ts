import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/db/database';
import { saveMinuteText, saveResolution } from '../../../renderer/db/repositories/minutes';
import { correctSignedMinute } from '../../../renderer/db/repositories/minutes-approval';
import { recordMotion } from '../../../renderer/db/repositories/motions';
import { richTextToPlain } from '../../../renderer/domain/rich-text';
import { exportFile } from '../../../renderer/sync/export';
import { joinParts } from '../../../renderer/sync/format/file-parts';
import { applyImport, importFile, previewImport } from '../../../renderer/sync/import';
import { forgetLaptops, useLaptop } from './support/laptops';
import { paragraph } from './support/meeting';
import { signedInTheChamber } from './support/signed-conflict';

beforeEach(forgetLaptops);

const everything = { scope: { kind: 'everything' as const } };
const signedText = 'Members asked about the work programme.';

describe('a file that changes signed minutes', () => {
  it('without a recorded reason: the preview says so, the signed version stays, the change waits as a conflict', async () => {
    const { minute } = await signedInTheChamber();
    await useLaptop('office');
    await saveMinuteText(minute.id, paragraph('Members asked about the budget instead.'));
    await saveResolution(minute.id, { text: 'That the report be agreed.' });
    const motion = await recordMotion(minute.id, { text: 'That the item be deferred.' });
    const fromOffice = joinParts(await exportFile(everything));

    await useLaptop('chamber');
    const preview = await previewImport(fromOffice);
    expect(preview.signedKept.map((line) => [line.table, line.fields])).toEqual(
      expect.arrayContaining([
        ['minutes', ['text']],
        ['resolutions', ['text']],
        ['motions', []],
      ]),
    );
    expect(preview.conflicts.map((line) => line.table)).toEqual(
      expect.arrayContaining(['minutes', 'resolutions', 'motions']),
    );
    const result = await applyImport(preview);
    expect(result.signedKept).toBe(preview.signedKept.length);
    expect(richTextToPlain((await db.minutes.get(minute.id))!.text)).toBe(signedText);
    expect((await db.resolutions.where('minuteId').equals(minute.id).first())?.text).toBe(
      'That the report be noted.',
    );
    expect(await db.motions.get(motion.id)).toBeUndefined();
    // Nothing the office typed is lost: each change is kept for the clerk to choose.
    const conflicts = await db.conflicts.where('resolved').equals(0).toArray();
    const textConflict = conflicts.find((each) => each.table === 'minutes' && each.field === 'text');
    expect(richTextToPlain(textConflict?.remoteValue as never)).toBe(
      'Members asked about the budget instead.',
    );
    expect(richTextToPlain(textConflict?.localValue as never)).toBe(signedText);
    expect(conflicts.find((each) => each.table === 'motions')?.remoteValue).toMatchObject({
      text: 'That the item be deferred.',
    });

    // Back at the office, the signed version arrives and stays: both laptops agree on the signed minutes.
    const fromChamber = joinParts(await exportFile(everything));
    await useLaptop('office');
    await importFile(fromChamber);
    expect(richTextToPlain((await db.minutes.get(minute.id))!.text)).toBe(signedText);
    expect((await db.meetings.get(minute.meetingId))?.status).toBe('minutesApproved');
    expect(await db.motions.get(motion.id)).toBeUndefined();
  });

  it('with the reason recorded on the other laptop: applied as the correction it is', async () => {
    const { minute } = await signedInTheChamber();
    const approved = joinParts(await exportFile(everything));
    await useLaptop('office');
    await importFile(approved);
    const reason = 'The budget, not the work programme, was discussed';
    await correctSignedMinute(minute.id, reason, '2013-04-11');
    await saveMinuteText(minute.id, paragraph('Members asked about the budget.'), { reason });
    const fromOffice = joinParts(await exportFile(everything));

    await useLaptop('chamber');
    const preview = await previewImport(fromOffice);
    expect(preview.signedKept).toEqual([]);
    await applyImport(preview);
    expect(richTextToPlain((await db.minutes.get(minute.id))!.text)).toBe('Members asked about the budget.');
    const history = await db.minuteRevisions.where('minuteId').equals(minute.id).toArray();
    expect(history.map((revision) => revision.signedChange)).toContainEqual({
      kind: 'corrected',
      on: '2013-04-11',
      reason,
    });
  });
});
