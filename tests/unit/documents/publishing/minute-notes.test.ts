import { describe, expect, it } from 'vitest';
import { buildMinutes } from '../../../../renderer/documents/minutes/build-minutes';
import { meetingPageContent } from '../../../../renderer/documents/publishing/meeting-page';
import { printableMinutes } from '../../../../renderer/documents/publishing/printable/printable-minutes';
import { publicMeeting } from '../../../../renderer/documents/publishing/public-meeting';
import type { MeetingRecord } from '../../../../renderer/domain/meeting-record';
import { docxParts, paragraphTexts } from '../support/docx-xml';
import { sampleMeetingData } from './published-meeting';
import { htmlLines } from '../support/html-lines';

type Printed = { minutes: string[]; page: string[]; printable: string[]; pageHtml: string };

/** The sample meeting's public Word minutes, meeting page and printable minutes, each as its lines of text. */
async function printed(change: (record: MeetingRecord) => void = () => undefined): Promise<Printed> {
  const data = sampleMeetingData();
  change(data.record);
  const view = publicMeeting(data, 'minutes');
  const pageHtml = meetingPageContent(data.record, view, { paperFiles: new Map() });
  return {
    pageHtml,
    minutes: paragraphTexts((await docxParts(buildMinutes(data.record)))['word/document.xml'] ?? ''),
    page: htmlLines(pageHtml),
    printable: htmlLines(printableMinutes(data.record, view)),
  };
}

/** The Word minutes' lines that match; the meeting page and the printable minutes each print every one of them. */
function expectPublishedAsInWord(lines: Printed, pattern: RegExp): string[] {
  const inWord = lines.minutes.filter((line) => pattern.test(line));
  expect(inWord.length).toBeGreaterThan(0);
  for (const document of ['page', 'printable'] as const)
    for (const line of inWord)
      expect({ document, line, has: lines[document].includes(line) }).toEqual({ document, line, has: true });
  return inWord;
}

/** Where a line falls under a minute: after the line that starts with `after`, before the one that starts with `before`. */
function expectBetween(lines: string[], line: string, after: string, before: string): void {
  const at = lines.indexOf(line);
  expect(lines.findIndex((each) => each.startsWith(after))).toBeLessThan(at);
  expect(lines.findIndex((each, index) => index > at && each.startsWith(before))).toBeGreaterThan(at);
}

describe('the published minutes print the notes the Word minutes print at a public item, word for word', () => {
  it('note a member who arrived during an item, and one who left, at that item', async () => {
    const lines = await printed();
    const [arrived] = expectPublishedAsInWord(lines, / arrived during this item/);
    const [left] = expectPublishedAsInWord(lines, / left the meeting during this item/);
    expect(arrived).toMatch(/ arrived during this item at 6\.20 pm\.$/);
    expect(left).toMatch(/ left the meeting during this item at 7\.35 pm\.$/);
    for (const document of ['page', 'printable'] as const) {
      // Under its own item's minute, not elsewhere on the page.
      expectBetween(lines[document], arrived ?? '', '6. Library Opening Hours', '7. Youth Services');
      expectBetween(lines[document], left ?? '', '5. Safer Neighbourhoods', '6. Library Opening Hours');
    }
  });

  it("give an urgent item's special circumstances in the section 100B(4)(b) wording", async () => {
    const lines = await printed();
    const [urgency] = expectPublishedAsInWord(lines, /section 100B\(4\)\(b\)/);
    expect(urgency).toMatch(/namely: the funding body announced the bidding round on 3 March 2025/);
    for (const document of ['page', 'printable'] as const)
      expectBetween(
        lines[document],
        urgency ?? '',
        '7. Youth Services',
        'The Board considered a proposal to bid',
      );
  });

  it('print a Part B item heard in public (exclusion lost) with its note and minute, but not its papers or declarations; in private, nothing', async () => {
    // Taken in private (the sample's exclusion was carried): nothing of its minute is published.
    const lines = await printed();
    for (const document of ['page', 'printable'] as const)
      expect({
        document,
        found: lines[document].filter((line) =>
          /press and public present|tender evaluation|management contract be awarded/.test(line),
        ),
      }).toEqual({ document, found: [] });
    const heard = await printed((record) => {
      // The motion to exclude the press and public from item 9 was put and lost.
      record.resolutions = record.resolutions.filter(
        (resolution) => resolution.minuteId !== 'min-i-exclusion',
      );
      record.motions.push({
        id: 'mo-exclude',
        meetingId: record.meeting.id,
        minuteId: 'min-i-exclusion',
        order: 1,
        text: 'That the press and public be excluded from the meeting for the following item of business.',
        moverId: 'p-brennan',
        seconderId: 'p-lindqvist',
        vote: { kind: 'counts', for: 2, against: 6, abstentions: 0 },
        result: 'lost',
        exclusion: { paragraph: 3, publicInterestReason: 'Tender prices.', agendaItemIds: ['i-leisure'] },
      });
      record.declarations.push({
        id: 'dec-leisure',
        meetingId: record.meeting.id,
        agendaItemId: 'i-leisure',
        personId: 'p-marsh',
        kind: 'otherRegistrable',
        nature: 'his brother works for one of the bidders',
        conduct: 'leftRoom',
      });
    });
    expectPublishedAsInWord(heard, /^This item was considered with the press and public present\./);
    expectPublishedAsInWord(heard, /^The Board considered the tender evaluation/);
    expectPublishedAsInWord(heard, /leisure centre management contract be awarded/);
    for (const document of ['page', 'printable'] as const)
      expect({ document, declared: heard[document].filter((line) => /brother works/.test(line)) }).toEqual({
        document,
        declared: [],
      });
    // Its papers stay exempt: no list of them, and the line saying they are not published.
    expect(heard.pageHtml).not.toContain('Papers for item 9');
    expect(heard.page).toContain(
      'Exempt information under paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972: Information relating to the financial or business affairs of any particular person (including the authority holding that information). Its papers are not published.',
    );
  });
});
