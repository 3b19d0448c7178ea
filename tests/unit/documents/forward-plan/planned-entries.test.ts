import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { packDocument } from '../../../../renderer/documents/common/pack';
import {
  buildForwardPlan,
  forwardPlanContent,
  forwardPlanEntries,
  type PlannedMeeting,
} from '../../../../renderer/documents/forward-plan';
import type { PlannedDecision } from '../../../../renderer/domain/model';

const cabinet: PlannedMeeting = {
  committee: { name: 'Cabinet' },
  meeting: { id: 'm-june', date: '2025-06-18', status: 'planned' },
  agendaItems: [
    {
      id: 'i-leisure',
      title: 'Leisure centre contract (as on the agenda)',
      // Not ticked on the item: the plan shows it because an entry names it.
      keyDecision: false,
      part: 'A',
      publicInterestReason: '',
      responsibleOfficer: 'Director of Place',
      wards: [],
    },
  ],
  documents: [],
};

const planned = (id: string, more: Partial<PlannedDecision> = {}): PlannedDecision => ({
  id,
  matter: `Matter ${id}`,
  decisionMaker: 'Cabinet Member for Resources',
  expectedDate: '2025-09-10',
  responsibleOfficer: 'Director of Resources',
  wards: ['Abbey'],
  documents: ['Report of the Director of Resources'],
  inPrivate: false,
  privateReason: '',
  ...more,
});

const depot = planned('depot', {
  matter: 'Sale of the Northgate depot',
  inPrivate: true,
  exemptParagraph: 3,
  privateReason: 'Disclosure would prejudice the council in negotiating the sale.',
});

describe('key decisions put on the forward plan ahead of any agenda', () => {
  it('are listed with the agenda’s, by date, each with its notice counted from publication', () => {
    const entries = forwardPlanEntries([cabinet], '2025-05-01', undefined, [
      depot,
      planned('soon', { matter: 'Fees and charges', expectedDate: '2025-05-20' }),
      planned('past', { expectedDate: '2025-04-01' }),
    ]);
    expect(entries.map((entry) => [entry.matter, entry.clearDays, entry.inTime])).toEqual([
      ['Fees and charges', 18, false],
      ['Sale of the Northgate depot', 131, true],
    ]);
    expect(entries[1]).toMatchObject({
      decisionMaker: 'Cabinet Member for Resources',
      inPrivate: { paragraph: 3, reason: depot.privateReason },
      source: { plannedId: 'depot' },
    });
  });

  it('once its item is on an agenda, shows the item in its place, once', () => {
    const entries = forwardPlanEntries([cabinet], '2025-05-01', undefined, [
      planned('leisure', { matter: 'Leisure centre contract', agendaItemId: 'i-leisure' }),
      planned('removed-item', { matter: 'Item since removed', agendaItemId: 'i-gone' }),
    ]);
    expect(entries.map((entry) => [entry.matter, entry.decisionMaker])).toEqual([
      ['Leisure centre contract (as on the agenda)', 'Cabinet'],
      ['Item since removed', 'Cabinet Member for Resources'],
    ]);
    expect(entries[0]?.source).toEqual({ agendaItemId: 'i-leisure', meetingId: 'm-june' });
  });

  it('print in the Word plan and on the published page with the private notice and the late warning', async () => {
    const entries = forwardPlanEntries([], '2025-05-01', undefined, [
      depot,
      planned('soon', { matter: 'Fees and charges', expectedDate: '2025-05-20' }),
    ]);
    const html = forwardPlanContent('Wrenmoor Borough Council', entries, '2025-05-01');
    expect(html).toContain('<h2>Sale of the Northgate depot</h2>');
    expect(html).toContain('Private. Exempt information under paragraph 3 of Part 1 of Schedule 12A');
    expect(html).toContain('Disclosure would prejudice the council in negotiating the sale.');
    expect(html).toContain('Less than 28 clear days’ notice (18)');
    const xml = strFromU8(
      unzipSync(await packDocument(buildForwardPlan('Wrenmoor Borough Council', entries, '2025-05-01')))[
        'word/document.xml'
      ]!,
    );
    expect(xml).toContain('Sale of the Northgate depot');
    expect(xml).toContain('Cabinet Member for Resources');
    expect(xml).toContain('Less than 28 clear days’ notice (18)');
  });
});
