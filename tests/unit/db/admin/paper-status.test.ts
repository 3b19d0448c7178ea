import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../../renderer/db/database';
import { addCheckedAgendaItem, saveAgendaItem } from '../../../../renderer/db/repositories/agenda';
import { createCommittee } from '../../../../renderer/db/repositories/committees';
import {
  addToFollow,
  attachDocument,
  prepareDocument,
  setPaperStatus,
} from '../../../../renderer/db/repositories/documents';
import { createMeeting } from '../../../../renderer/db/repositories/meetings';
import { paperStatus } from '../../../../renderer/domain/exempt-papers';
import { freshDatabase } from '../reset';

beforeEach(freshDatabase);

const docx = (name: string) => prepareDocument({ name, bytes: new Uint8Array([0x50, 0x4b, 3, 4, 1]) });

async function meeting() {
  const committee = await createCommittee({ name: 'Cabinet', type: 'committee' });
  const { id } = await createMeeting(committee.id, { date: '2013-03-13' });
  const publicItem = await addCheckedAgendaItem(id, { title: 'Care home re-tender' });
  const exemptItem = await addCheckedAgendaItem(id, {
    title: 'Land disposal',
    part: 'B',
    exemptParagraph: 3,
    publicInterestReason: 'Offers are commercially sensitive.',
  });
  return { meetingId: id, publicItem, exemptItem };
}

describe('a paper’s own status', () => {
  it('starts public on a Part A item and exempt under the item’s paragraph on a Part B item', async () => {
    const { publicItem, exemptItem } = await meeting();
    const report = await attachDocument(publicItem.id, await docx('Report.docx'));
    const offers = await attachDocument(exemptItem.id, await docx('Offers.docx'));
    const promised = await addToFollow(exemptItem.id, 'Valuation');
    expect(report).toMatchObject({ exempt: false });
    expect(offers).toMatchObject({ exempt: true, exemptParagraph: 3 });
    expect(promised).toMatchObject({ exempt: true, exemptParagraph: 3 });
  });

  it('makes an appendix of a public item exempt, deliberately, and keeps it in the item’s history', async () => {
    const { publicItem } = await meeting();
    const appendix = await attachDocument(publicItem.id, await docx('Tender prices.docx'), 'appendix');
    await expect(
      setPaperStatus(appendix.id, { exempt: true, publicInterestReason: 'Prices' }),
    ).rejects.toThrow('Choose the paragraph of Schedule 12A that makes this paper exempt.');
    expect(await db.documents.get(appendix.id)).toMatchObject({ exempt: false });
    await setPaperStatus(appendix.id, {
      exempt: true,
      exemptParagraph: 3,
      publicInterestReason: 'The prices would prejudice the re-tender.',
    });
    expect(await db.documents.get(appendix.id)).toMatchObject({ exempt: true, exemptParagraph: 3 });
    const history = (await db.agendaItems.get(publicItem.id))?.exemptHistory ?? [];
    expect(history.map((entry) => entry.change)).toEqual([
      '“Tender prices.docx” changed from public to exempt under paragraph 3.',
    ]);
  });

  it('stays exempt when its item moves from Part B to Part A, and the move is in the item’s history', async () => {
    const { exemptItem } = await meeting();
    const offers = await attachDocument(exemptItem.id, await docx('Offers.docx'));
    await saveAgendaItem(exemptItem.id, { part: 'A' });
    const items = await db.agendaItems.toArray();
    const stored = await db.documents.get(offers.id);
    expect(stored).toMatchObject({ exempt: true, exemptParagraph: 3 });
    expect(paperStatus(stored!, items)).toEqual({ exempt: true, paragraph: 3 });
    const history = (await db.agendaItems.get(exemptItem.id))?.exemptHistory ?? [];
    expect(history.map((entry) => entry.change)).toContain(
      'Moved from Part B (exempt, paragraph 3) to Part A (public).',
    );
  });
});
