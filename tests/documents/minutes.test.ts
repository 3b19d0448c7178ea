import { beforeAll, describe, expect, it } from 'vitest';
import { buildMinutes } from '../../renderer/documents/minutes/build-minutes';
import { packDocument } from '../../renderer/documents/common/pack';
import { sampleMeetingRecord } from '../../renderer/documents/sample/sample-meeting';
import { renderDocx } from './support/libreoffice';
import type { RenderedDocument } from './support/libreoffice';

describe('minutes of the sample meeting, as LibreOffice prints them', () => {
  let minutes: RenderedDocument;
  beforeAll(async () => {
    minutes = await renderDocx(await packDocument(buildMinutes(sampleMeetingRecord())), 'minutes.docx');
  });

  it('opens with the body and "Minutes of the meeting held on ..." with date, time and venue', () => {
    expect(minutes.flatText).toContain('WRENMOOR COMMUNITY PARTNERSHIP BOARD');
    expect(minutes.flatText).toContain('Minutes of the meeting held on Wednesday 12 March 2025 at 6.00 pm');
    expect(minutes.flatText).toContain('Venue: Committee Room 2, Wrenmoor Civic Centre');
  });

  it('lists who was present: Chair, Vice-Chair, members, the substitute and the remote attendee', () => {
    const text = minutes.flatText;
    expect(text).toMatch(
      /Present: Councillor Helen Okafor \(Chair\) Councillor Marcus Brennan \(Vice-Chair\) Councillors Ada Lindqvist and Joseph Tembe Councillor Lena Quint \(substitute for Councillor Nkem Achebe\)/,
    );
    expect(text).toContain('Chief Inspector Owen Castell (attending remotely)');
    expect(text).toContain('Also present: Councillor Simon Hale');
    expect(text).toContain('Officers: Grace Northcott (Head of Community Safety)');
    expect(text).toMatch(/Apologies: Councillor Rosa Ferreira Councillor Nkem Achebe/);
  });

  it('numbers the minutes in the order taken, not the agenda order, and leaves Part B out', () => {
    const headings = [...minutes.flatText.matchAll(/(?<![\d/.])(2\d\d)\. (?=[A-Z])/g)].map(
      (match) => match[1],
    );
    expect(headings).toEqual(['201', '202', '203', '204', '205', '206', '207', '208', '210']);
    expect(minutes.flatText).toContain('205. Library Opening Hours Review');
    expect(minutes.flatText).toContain('206. Safer Neighbourhoods Update');
    expect(minutes.flatText).not.toContain('Leisure Centre Contract');
    expect(minutes.flatText).not.toContain('confidential pricing');
  });

  it('prints the resolution with clauses (1)-(4) and sub-clauses (a)-(c)', () => {
    const text = minutes.flatText;
    expect(text).toContain(
      'RESOLVED: That (1) the progress made by the Safer Neighbourhoods partnership in 2024/25 be noted;',
    );
    expect(text).toMatch(/\(2\) the priorities for 2025\/26 be endorsed, namely: \(a\) tackling shop theft/);
    expect(text).toContain('(c) extending the Community Champions scheme to Stonegate;');
    expect(text).toMatch(/\(3\) partners share their anti-social behaviour data monthly/);
    expect(text).toContain('(4) a further update be brought to the Board in December 2025.');
    expect(text).toContain('RECOMMENDED to Cabinet: That the revised library opening hours');
  });

  it('prints conclusions i. and ii., motions, counted and recorded votes', () => {
    const text = minutes.flatText;
    expect(text).toMatch(/Conclusions i\. The Board welcomed .* ii\. The six-month review/);
    expect(text).toContain('For: 6, Against: 2, Abstentions: 1');
    expect(text).toContain('The motion was CARRIED.');
    expect(text).toMatch(
      /For \(3\): Councillor Lena Quint, Councillor Joseph Tembe and Councillor Ada Lindqvist/,
    );
    expect(text).toContain('The amendment was LOST.');
  });

  it('notes the late arrival, the early departure and the urgent item where they happened, the declaration once under Declarations of Interest', () => {
    const text = minutes.flatText;
    expect(text).toMatch(
      /205\. Library Opening Hours Review Dr Imogen Waverley arrived during this item at 6\.20 pm\./,
    );
    expect(text).toContain('Chief Inspector Owen Castell left the meeting during this item at 7.35 pm.');
    expect(text).toMatch(
      /203\. Declarations of Interest Tobias Marsh declared an other registrable interest in item 7, minute 207, Youth Services Grant Bid .* left the room/,
    );
    expect(text.split('Tobias Marsh declared').length - 1).toBe(1);
    expect(text).toMatch(/matter of urgency .* special circumstances, namely: the funding body announced/);
  });

  it('ends with the closing note, adjournment included, and the signature block', () => {
    const text = minutes.flatText;
    expect(text).toContain(
      '[Note: The Meeting, having commenced at 6.02 pm, adjourned at 7.10 pm, reconvened at 7.20 pm and closed at 8.05 pm]',
    );
    expect(text).toMatch(/Signed: \.+ Chair Date: \.+/);
  });

  it('marks every page DRAFT and numbers it "Page X of Y"', () => {
    expect(minutes.pageCount).toBeGreaterThan(1);
    minutes.pages.forEach((page, index) => {
      expect(page).toContain('DRAFT - subject to approval');
      expect(page.replace(/\s+/g, ' ')).toContain(`Page ${index + 1} of ${minutes.pageCount}`);
    });
  });
});

describe('variants of the minutes', () => {
  it('drops the DRAFT marking once the minutes are approved', async () => {
    const record = sampleMeetingRecord();
    record.meeting.status = 'minutesApproved';
    const rendered = await renderDocx(await packDocument(buildMinutes(record)), 'approved.docx');
    expect(rendered.flatText).not.toContain('DRAFT');
  });

  it('puts actions in an ACTION column beside the minutes without blank pages', async () => {
    const rendered = await renderDocx(
      await packDocument(buildMinutes(sampleMeetingRecord(), { actionColumn: true })),
      'action.docx',
    );
    expect(rendered.pages[0]).toContain('ACTION');
    expect(rendered.flatText).toContain('All to note.');
    expect(rendered.flatText).toMatch(/at 7\.35 pm\. Grace Northcott Set up the monthly data share/);
    expect(rendered.flatText).not.toMatch(/ACTION: /);
    for (const page of rendered.pages) expect(page.replace(/\s+/g, ' ').length).toBeGreaterThan(400);
  });

  it('prints the Part B minutes separately, marked NOT FOR PUBLICATION with the Schedule 12A paragraph', async () => {
    const rendered = await renderDocx(
      await packDocument(buildMinutes(sampleMeetingRecord(), { part: 'B' })),
      'part-b.docx',
    );
    expect(rendered.pages[0]).toContain('NOT FOR PUBLICATION');
    expect(rendered.flatText).toContain(
      'Confidential minutes of the meeting held on Wednesday 12 March 2025',
    );
    expect(rendered.flatText).toContain(
      'by virtue of paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972',
    );
    expect(rendered.flatText).toContain('209. Leisure Centre Contract Renewal');
    expect(rendered.flatText).not.toContain('Safer Neighbourhoods Update');
  });
});
