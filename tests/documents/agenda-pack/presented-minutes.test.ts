import { describe, expect, it } from 'vitest';
import { buildAgendaPack } from '../../../renderer/documents/agenda-pack';
import { packDocument } from '../../../renderer/documents/common/pack';
import { buildMinutes, draftMarking } from '../../../renderer/documents/minutes/build-minutes';
import { sampleMeetingRecord } from '../../../renderer/documents/sample/sample-meeting';
import { flatten, renderDocx } from '../support/libreoffice';
import { renderPdfInNode } from './support/pdf-reader';
import { seed004PackData } from './support/seed-004-pack';

/**
 * A Minutes item presenting two meetings' minutes: a special meeting's, still a draft, and the last ordinary
 * meeting's, approved with an amendment and corrected since with a reason.
 */
async function twoMinutesPack() {
  const data = await seed004PackData();
  const item = data.record.agendaItems.find((candidate) => candidate.standingKind === 'previousMinutes')!;
  const approved = sampleMeetingRecord();
  approved.meeting = { ...approved.meeting, status: 'minutesApproved' };
  const firstMinute = approved.minutes[0]!;
  approved.signedChanges = [
    {
      minuteId: firstMinute.id,
      change: { kind: 'amended', on: '2025-04-09', original: 'Okafor', corrected: 'Okafor-Reid' },
    },
    {
      minuteId: firstMinute.id,
      change: { kind: 'corrected', on: '2025-05-01', reason: 'A date was mistyped' },
    },
  ];
  const special = sampleMeetingRecord();
  special.meeting = { ...special.meeting, id: 'special', date: '2025-03-26', status: 'minutesDrafted' };
  special.committee = { ...special.committee, name: 'Wrenmoor Licensing Sub-Committee' };
  const minutes = [
    { record: approved, draft: false },
    { record: special, draft: true },
  ];
  data.presentedMinutes = await Promise.all(
    minutes.map(async ({ record, draft }) => ({
      agendaItemId: item.id,
      meetingId: record.meeting.id,
      label: `The minutes of ${record.committee.name}`,
      bytes: await packDocument(buildMinutes(record, { part: 'A' })),
      draft,
    })),
  );
  const pack = await buildAgendaPack(data, {
    audience: 'public',
    edition: 'agenda',
    renderPdf: renderPdfInNode,
  });
  return renderDocx(pack.bytes, 'presented-minutes-pack.docx');
}

describe('a Minutes item presenting two meetings’ minutes, as LibreOffice prints the pack', async () => {
  const pack = await twoMinutesPack();
  const pagesOf = (text: string) =>
    pack.pages.flatMap((page, index) => (flatten(page).includes(text) ? [index] : []));

  it('carries both, the draft marked DRAFT on each of its pages and under its title', () => {
    const special = pagesOf('WRENMOOR LICENSING SUB-COMMITTEE');
    expect(special).toHaveLength(1);
    const specialPages = pack.pages
      .slice(special[0])
      .filter((page) => !/intentionally left blank/.test(page));
    const draftPages = pack.pages.flatMap((page, index) => (page.includes(draftMarking) ? [index] : []));
    expect(draftPages[0]).toBe(special[0]);
    expect(draftPages.length).toBeGreaterThanOrEqual(2);
    // Every page from the special meeting's title to the pack's next paper is marked.
    const nextPaper = pack.pages.findIndex(
      (page, index) => index > special[0]! && page.includes('LO-REPORT-MARKER'),
    );
    for (let index = special[0]!; index < nextPaper; index += 1)
      if (!/intentionally left blank/.test(pack.pages[index] ?? ''))
        expect(pack.pages[index]).toContain(draftMarking);
    expect(specialPages.length).toBeGreaterThan(0);
  });

  it('prints the approved minutes without DRAFT, with their history', () => {
    const approved = pagesOf('WRENMOOR COMMUNITY PARTNERSHIP BOARD');
    expect(approved).toHaveLength(1);
    const special = pagesOf('WRENMOOR LICENSING SUB-COMMITTEE')[0]!;
    expect(approved[0]).toBeLessThan(special);
    const approvedText = flatten(pack.pages.slice(approved[0], special).join('\n'));
    expect(approvedText).not.toContain(draftMarking);
    expect(approvedText).toContain('History of these minutes');
    expect(approvedText).toContain(
      'Minute 201 amended when the minutes were approved on 9 April 2025: “Okafor” amended to read “Okafor-Reid”',
    );
    expect(approvedText).toContain('Minute 201 corrected on 1 May 2025: A date was mistyped');
  });
});
