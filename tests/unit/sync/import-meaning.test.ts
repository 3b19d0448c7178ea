import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/db/database';
import { putRecord } from '../../../renderer/db/gate';
import { recordIndividualDecision } from '../../../renderer/db/repositories/individual-decisions';
import { updateMeeting } from '../../../renderer/db/repositories/meetings';
import { createPerson } from '../../../renderer/db/repositories/people';
import { writeTransaction } from '../../../renderer/db/repositories/transaction';
import { saveTemplate, templateId } from '../../../renderer/db/repositories/templates';
import { minimalDocx } from '../../../renderer/domain/archive/docx-bytes';
import { blankIndividualDecision } from '../../../renderer/domain/individual-decision';
import { exportFile } from '../../../renderer/sync/export';
import { isSyncError, type SyncError } from '../../../renderer/sync/format/errors';
import { joinParts } from '../../../renderer/sync/format/file-parts';
import { importFile, previewImport } from '../../../renderer/sync/import';
import { databaseHash, newLaptop } from './support/laptops';
import { attachPaper, seedMeeting } from './support/meeting';

/**
 * Issue 25: an import checks what its values mean, as the screens that make them do, not only their form. Each
 * file here is a genuine export from a laptop on which one record was then changed past the screens (as a
 * damaged or hand-edited file would hold it); importing it into another laptop is refused, naming what is
 * wrong, and writes nothing.
 */
async function exportThenNewLaptop(): Promise<Uint8Array> {
  const file = joinParts(await exportFile({ scope: { kind: 'everything' } }, 'none'));
  await newLaptop();
  await createPerson({ name: 'Sally Jones' });
  return file;
}

async function refusal(work: Promise<unknown>): Promise<SyncError> {
  const error = await work.then(
    () => undefined,
    (failure: unknown) => failure,
  );
  if (!isSyncError(error)) throw new Error(`Expected a refusal, got ${String(error)}`);
  return error;
}

/** The preview and the import both refuse the file with this code and words, and the laptop is unchanged. */
async function expectRefused(file: Uint8Array, code: SyncError['code'], words: RegExp): Promise<SyncError> {
  const before = await databaseHash();
  const previewed = await refusal(previewImport(file));
  expect(previewed.code).toBe(code);
  expect(previewed.message).toMatch(words);
  expect(previewed.message).toContain('nothing was imported');
  expect((await refusal(importFile(file))).code).toBe(code);
  expect(await databaseHash()).toBe(before);
  return previewed;
}

/** Change one stored record past the screens, through the gate, so the export carries it as it is. */
async function storeAsIs<T extends { id: string }>(
  table: 'agendaItems' | 'documents' | 'individualDecisions',
  record: T,
): Promise<void> {
  await writeTransaction([db[table]], () => putRecord(db, table, record as never));
}

describe('an import checks what values mean', () => {
  beforeEach(newLaptop);

  it('refuses a Part B item that does not say why the public interest favours keeping it exempt', async () => {
    const { exempt } = await seedMeeting({ partB: true });
    if (!exempt) throw new Error('The meeting has no Part B item');
    await storeAsIs('agendaItems', { ...exempt, publicInterestReason: '  ' });
    const refused = await expectRefused(
      await exportThenNewLaptop(),
      'record-invalid',
      /publicInterestReason: State why the public interest/,
    );
    expect(refused.record).toMatchObject({ field: 'publicInterestReason' });
    expect(refused.record?.name).toContain('Disposal of land at Wealdstone');
  });

  it('refuses a decision taken by one person in private with no paragraph of Schedule 12A', async () => {
    const id = await recordIndividualDecision({
      ...blankIndividualDecision,
      title: 'Sale of the Mill Lane depot',
      decisionMaker: 'Councillor Susan Hall',
      portfolio: 'Cabinet Member for Resources',
      decidedOn: '2026-03-11',
      decision: 'To sell the depot.',
      reasons: 'The best bid.',
      part: 'B',
      exemptParagraph: 3,
      publicInterestReason: 'The bids are commercially sensitive.',
    });
    const stored = await db.individualDecisions.get(id);
    if (!stored) throw new Error('The decision was not stored');
    const { exemptParagraph: _dropped, ...withoutParagraph } = stored;
    await storeAsIs('individualDecisions', withoutParagraph);
    const refused = await expectRefused(
      await exportThenNewLaptop(),
      'record-invalid',
      /exemptParagraph: Choose the paragraph of Schedule 12A/,
    );
    expect(refused.record).toMatchObject({ field: 'exemptParagraph' });
  });

  it('refuses a Part B item with no paragraph of Schedule 12A', async () => {
    const { exempt } = await seedMeeting({ partB: true });
    if (!exempt) throw new Error('The meeting has no Part B item');
    const { exemptParagraph: _dropped, ...withoutParagraph } = exempt;
    await storeAsIs('agendaItems', withoutParagraph);
    await expectRefused(
      await exportThenNewLaptop(),
      'record-invalid',
      /exemptParagraph: Choose the paragraph/,
    );
  });

  it('refuses urgent business that does not state its special circumstances', async () => {
    const { item } = await seedMeeting();
    await storeAsIs('agendaItems', { ...item, urgent: true, specialCircumstances: '' });
    await expectRefused(
      await exportThenNewLaptop(),
      'record-invalid',
      /specialCircumstances: State the special/,
    );
  });

  it('refuses a paper whose record states another size than the bytes it carries', async () => {
    const { meeting, item } = await seedMeeting();
    const bytes = minimalDocx(['Budget monitoring, quarter 2.']);
    await attachPaper(
      {
        id: 'budget',
        agendaItemId: item.id,
        meetingId: meeting.id,
        name: 'Budget.docx',
        sizeBytes: 105 * 1024,
      },
      bytes,
    );
    await expectRefused(
      await exportThenNewLaptop(),
      'paper-mismatch',
      /“Budget.docx”: its record says 107,520 bytes, the file carries [\d,]+/,
    );
  });

  it('refuses a paper whose checksum is not that of its bytes', async () => {
    const { meeting, item } = await seedMeeting();
    await attachPaper(
      {
        id: 'budget',
        agendaItemId: item.id,
        meetingId: meeting.id,
        name: 'Budget.docx',
        sha256: 'ab'.repeat(32),
      },
      minimalDocx(['Budget monitoring, quarter 2.']),
    );
    await expectRefused(await exportThenNewLaptop(), 'paper-mismatch', /“Budget.docx”: its checksum/);
  });

  it('refuses a template that the settings screen would not use', async () => {
    await seedMeeting();
    await saveTemplate('minutes', { name: 'Letterhead.docx', bytes: minimalDocx(['{{body}}']) });
    const stored = await db.templates.get(templateId('minutes'));
    if (!stored) throw new Error('The template was not stored');
    await writeTransaction([db.templates], () =>
      putRecord(db, 'templates', { ...stored, bytes: minimalDocx(['{{comittee}}', '{{body}}']) }),
    );
    await expectRefused(
      await exportThenNewLaptop(),
      'template-unusable',
      /minutes template “Letterhead.docx”: The template uses \{\{comittee\}\}/,
    );
  });

  it('imports the same kinds of record when they are as the screens make them', async () => {
    const { meeting, item } = await seedMeeting({ partB: true });
    const bytes = minimalDocx(['Budget monitoring, quarter 2.']);
    await attachPaper(
      { id: 'budget', agendaItemId: item.id, meetingId: meeting.id, name: 'Budget.docx' },
      bytes,
    );
    await saveTemplate('minutes', { name: 'Letterhead.docx', bytes: minimalDocx(['{{body}}']) });
    await updateMeeting(meeting.id, { venue: 'Council Chamber' });
    const result = await importFile(await exportThenNewLaptop());
    expect(result.added).toBeGreaterThan(0);
    expect(await db.templates.count()).toBe(1);
    expect((await db.agendaItems.toArray()).filter((stored) => stored.part === 'B')).toHaveLength(1);
  });
});
