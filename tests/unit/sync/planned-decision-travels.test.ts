import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/db/database';
import {
  addPlannedDecision,
  removePlannedDecision,
} from '../../../renderer/db/repositories/planned-decisions';
import { blankPlannedDecision } from '../../../renderer/domain/planned-decision';
import { exportFile } from '../../../renderer/sync/export';
import { importFile } from '../../../renderer/sync/import';
import { joinParts } from '../../../renderer/sync/format/file-parts';
import { forgetLaptops, useLaptop } from './support/laptops';

beforeEach(forgetLaptops);

const everything = { scope: { kind: 'everything' as const } };

describe('a key decision put on the forward plan on one laptop', () => {
  it('reaches the other, and its removal there comes back', async () => {
    await useLaptop('office');
    const id = await addPlannedDecision({
      ...blankPlannedDecision,
      matter: 'Sale of the Northgate depot',
      decisionMaker: 'Cabinet',
      expectedDate: '2026-06-18',
      inPrivate: true,
      exemptParagraph: 3,
      privateReason: 'Disclosure would prejudice the sale.',
    });
    const fromOffice = await exportFile(everything);
    await useLaptop('chamber');
    await importFile(joinParts(fromOffice));
    expect(await db.plannedDecisions.get(id)).toMatchObject({
      matter: 'Sale of the Northgate depot',
      exemptParagraph: 3,
    });
    await removePlannedDecision(id);
    const fromChamber = await exportFile(everything);
    await useLaptop('office');
    await importFile(joinParts(fromChamber));
    expect(await db.plannedDecisions.get(id)).toBeUndefined();
  });
});
