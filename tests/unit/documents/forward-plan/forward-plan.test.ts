import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { packDocument } from '../../../../renderer/documents/common/pack';
import {
  buildForwardPlan,
  forwardPlanContent,
  forwardPlanEntries,
  type PlannedMeeting,
} from '../../../../renderer/documents/forward-plan';
import { buildPublishedPages } from '../../../../renderer/documents/publishing/site';
import { sampleMeetingData, textOf } from '../publishing/published-meeting';

const item = (id: string, title: string, more: Partial<PlannedMeeting['agendaItems'][number]> = {}) => ({
  id,
  title,
  keyDecision: true,
  part: 'A' as const,
  publicInterestReason: '',
  responsibleOfficer: 'Director of Place',
  wards: ['Abbey'],
  ...more,
});

const cabinet = (id: string, date: string, items: PlannedMeeting['agendaItems'], status = 'planned') =>
  ({
    committee: { name: 'Cabinet' },
    meeting: { id, date, status },
    agendaItems: items,
    documents: [
      { agendaItemId: 'i-depot', name: 'Depot sale - valuation', role: 'report' },
      { agendaItemId: 'i-parking', name: 'Parking charges review', role: 'report' },
    ],
  }) as PlannedMeeting;

const meetings: PlannedMeeting[] = [
  cabinet('m-april', '2025-04-09', [
    item('i-depot', 'Sale of the Northgate depot', {
      part: 'B',
      exemptParagraph: 3,
      publicInterestReason: 'Disclosure would prejudice the council in negotiating the sale.',
    }),
    item('i-noted', 'Quarterly update', { keyDecision: false }),
  ]),
  cabinet('m-march', '2025-03-05', [item('i-parking', 'Parking charges 2025/26')]),
  cabinet('m-cancelled', '2025-05-07', [item('i-gone', 'Withdrawn decision')], 'cancelled'),
  cabinet('m-past', '2025-01-15', [item('i-old', 'Already decided')]),
];

describe('the forward plan of key decisions', () => {
  it('lists each key decision still to come, in date order, with its notice counted from publication', () => {
    const entries = forwardPlanEntries(meetings, '2025-02-10');
    expect(entries.map((entry) => [entry.matter, entry.expectedDate, entry.clearDays, entry.inTime])).toEqual(
      [
        ['Parking charges 2025/26', '2025-03-05', 22, false],
        ['Sale of the Northgate depot', '2025-04-09', 57, true],
      ],
    );
    const [parking, depot] = entries;
    expect(parking).toMatchObject({ decisionMaker: 'Cabinet', documents: ['Parking charges review'] });
    expect(parking?.inPrivate).toBeUndefined();
    // A private decision's paper is named by its kind only: its name may say what is exempt.
    expect(depot).toMatchObject({
      documents: ['Report (exempt)'],
      inPrivate: { paragraph: 3, reason: 'Disclosure would prejudice the council in negotiating the sale.' },
    });
  });

  it('says on its page why a decision is private and which have less than 28 clear days’ notice', () => {
    const html = forwardPlanContent(
      'Wrenmoor Borough Council',
      forwardPlanEntries(meetings, '2025-02-10'),
      '2025-02-10',
    );
    expect(html).toContain('<h1>Forward plan of key decisions</h1>');
    expect(html).toContain('<dt>Expected date</dt><dd>Wednesday 9 April 2025</dd>');
    expect(html).toContain(
      '<dt>In public or private</dt><dd>Private. Exempt information under paragraph 3 of Part 1 of Schedule 12A',
    );
    expect(html).toContain('Less than 28 clear days’ notice (22)');
    expect(html).not.toContain('Depot sale - valuation');
  });

  it('is a Word document with a row for each decision', async () => {
    const entries = forwardPlanEntries(meetings, '2025-02-10');
    const bytes = await packDocument(buildForwardPlan('Wrenmoor Borough Council', entries, '2025-02-10'));
    const xml = strFromU8(unzipSync(bytes)['word/document.xml'] ?? new Uint8Array());
    const text = [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join('|');
    expect(text).toContain('Forward plan of key decisions');
    expect(text).toContain('Sale of the Northgate depot|Wards: Abbey|Cabinet|Wednesday 9 April 2025');
    expect(text).toContain('Report (exempt)');
    expect(text).not.toContain('Depot sale - valuation');
  });

  it('is published as a page linked from the index, with its Word document, only when a decision is planned', () => {
    const data = sampleMeetingData();
    const site = (entries: ReturnType<typeof forwardPlanEntries>) =>
      buildPublishedPages({
        organisation: data.record.organisation,
        meetings: [{ data, edition: 'agenda' }],
        forwardPlan: { entries, publishedOn: '2025-02-10', docx: new Uint8Array(4096) },
      });
    const planned = site(forwardPlanEntries(meetings, '2025-02-10'));
    const names = planned.files.map((file) => file.name);
    expect(names).toEqual(expect.arrayContaining(['forward-plan.html', 'forward-plan.docx']));
    const index = textOf(planned.files.find((file) => file.name === 'index.html')?.bytes ?? new Uint8Array());
    expect(index).toContain('<a href="forward-plan.html">Forward plan of key decisions</a>');
    const none = site([]).files.map((file) => file.name);
    expect(none).not.toContain('forward-plan.html');
    expect(none).not.toContain('forward-plan.docx');
  });
});
