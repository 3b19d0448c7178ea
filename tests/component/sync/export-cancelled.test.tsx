// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { exportFile, importFile, planExport } from '../../../renderer/sync';
import { saveExport } from '../../../renderer/ui/features/sync/save-export';
import { forgetLaptops, useLaptop } from '../../unit/sync/support/laptops';
import { seedMeeting } from '../../unit/sync/support/meeting';
import { fakeBridge } from './support';
import { joinParts } from '../../../renderer/sync/format/file-parts';

beforeEach(forgetLaptops);

const forChamber = { scope: { kind: 'everything' as const }, changes: { peer: 'chamber' } };

/** The office laptop holds a meeting the chamber laptop has never had, and has had one file from it. */
async function officeThatKnowsChamber(): Promise<void> {
  await useLaptop('office');
  await seedMeeting();
  await useLaptop('chamber');
  const fromChamber = await exportFile({ scope: { kind: 'everything' } }, 'none');
  await useLaptop('office');
  await importFile(joinParts(fromChamber));
}

describe('exporting the changes for another laptop', () => {
  it('still has the changes to send after the clerk cancels the save dialog', async () => {
    await officeThatKnowsChamber();
    const bridge = fakeBridge();
    const cancelled: string[] = [];
    window.chamber = {
      ...window.chamber!,
      saveFile: async (request) => {
        cancelled.push(request.suggestedName);
        return { saved: false };
      },
    };
    const before = await planExport(forChamber);
    expect(before.recordCounts.meetings).toBe(1);

    await expect(saveExport(forChamber, 'Everything', 'none')).resolves.toBeUndefined();
    expect(cancelled).toHaveLength(1);
    expect(bridge.saved).toEqual([]);
    expect((await planExport(forChamber)).recordCounts).toEqual(before.recordCounts);
  });

  it('leaves the changes out of the next file once one is saved', async () => {
    await officeThatKnowsChamber();
    const bridge = fakeBridge();
    const saved = await saveExport(forChamber, 'Everything', 'none');
    expect(saved?.recordTotal).toBeGreaterThan(5);
    expect(bridge.saved).toHaveLength(1);
    expect((await planExport(forChamber)).recordCounts).toEqual({});
  });
});
