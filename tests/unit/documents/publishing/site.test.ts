import { describe, expect, it } from 'vitest';
import { buildPublishedPages } from '../../../../renderer/documents/publishing/site';
import { sampleMeetingData, textOf } from './published-meeting';

function publishSample(edition: 'agenda' | 'minutes') {
  const data = sampleMeetingData();
  const built = buildPublishedPages({
    organisation: data.record.organisation,
    meetings: [{ data, edition, nextMeeting: { id: 'later', date: '2025-06-11', startTime: '18:00' } }],
  });
  const files = new Map(built.files.map((file) => [file.name, file.bytes]));
  const meetingPage = built.meetings[0]?.page ?? '';
  return { data, files, meetingPage, html: textOf(files.get(meetingPage) ?? new Uint8Array()) };
}

/** The text a reader sees: tags dropped, entities read, spaces run together. */
function visibleText(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

describe('buildPublishedPages', () => {
  it('writes the index, the committee page, the meeting page, the public papers and the stylesheet', () => {
    const { files, meetingPage } = publishSample('agenda');
    expect(meetingPage).toBe('wrenmoor-community-partnership-board-2025-03-12-1800.html');
    expect([...files.keys()].sort()).toEqual(
      [
        'index.html',
        'style.css',
        'wrenmoor-community-partnership-board.html',
        meetingPage,
        'wrenmoor-community-partnership-board-2025-03-12-1800-item-4-minutes-of-11-december-2024.pdf',
        'wrenmoor-community-partnership-board-2025-03-12-1800-item-5-safer-neighbourhoods-update.pdf',
        'wrenmoor-community-partnership-board-2025-03-12-1800-item-5-appendix-a-crime-figures-by-ward.pdf',
        'wrenmoor-community-partnership-board-2025-03-12-1800-item-6-library-opening-hours-review.docx',
      ].sort(),
    );
  });

  it("lists each item with its papers' type and size, as seed 003 shows them", () => {
    const { html } = publishSample('agenda');
    const text = visibleText(html);
    expect(text).toContain('Wrenmoor Community Partnership Board - Wednesday 12 March 2025, 6.00 pm');
    expect(text).toContain('5. Safer Neighbourhoods Update');
    expect(text).toContain('Safer Neighbourhoods Update (PDF 105 KB)');
    expect(text).toContain('Appendix A - Crime figures by ward (PDF 2 KB)');
    expect(html).toContain(
      'href="wrenmoor-community-partnership-board-2025-03-12-1800-item-5-safer-neighbourhoods-update.pdf"',
    );
    expect(text).toContain('Date of next meeting: Wednesday 11 June 2025, 6.00 pm');
  });

  it('shows no minutes with the agenda alone, and each minute under its item once published', () => {
    expect(visibleText(publishSample('agenda').html)).not.toContain('Minutes (');
    const { html } = publishSample('minutes');
    const text = visibleText(html);
    expect(text).toContain('Agenda and draft minutes (to be approved at the next meeting)');
    // Declarations on public items are listed under the declarations item, as the Word minutes list them.
    expect(text).toContain(
      '3. Declarations of Interest To receive declarations of interest (if any). Minutes (203) Tobias Marsh declared an other registrable interest in item 7, minute 207, Youth Services Grant Bid (he is a trustee of a youth charity that may apply to deliver the funded work) and left the room and took no part in the discussion or vote. 4. Minutes',
    );
    const libraries = text.slice(text.indexOf('6. Library Opening Hours Review'));
    expect(libraries).toMatch(
      /^6\. Library Opening Hours Review .*Minutes \(\d+\) Dr Imogen Waverley arrived during this item at 6\.20 pm\. The Head of Libraries and Culture introduced/,
    );
    expect(libraries).toContain('i. The Board welcomed the extended evening opening');
    expect(libraries).toContain('RECOMMENDED to');
    expect(libraries).toContain(
      'ACTIONS AGREED (i) Report the six-month review of opening hours to the Board.',
    );
  });

  it('shows no empty "Minutes" under an item taken with nothing minuted', () => {
    const data = sampleMeetingData();
    const substitutes = data.record.minutes.find((minute) => minute.agendaItemId === 'i-substitutes');
    if (!substitutes) throw new Error('The sample minutes the substitutes item');
    substitutes.text = { type: 'doc', content: [] };
    const built = buildPublishedPages({
      organisation: data.record.organisation,
      meetings: [{ data, edition: 'minutes' }],
    });
    const page = built.files.find((file) => file.name === built.meetings[0]?.page);
    expect(visibleText(textOf(page?.bytes ?? new Uint8Array()))).toContain(
      '2. Attendance by Substitute Members To note the attendance at this meeting of any Substitute Members. 3. Declarations of Interest',
    );
  });

  it('shows a Part B item by its title and Schedule 12A paragraph only', () => {
    const { html } = publishSample('minutes');
    const text = visibleText(html);
    expect(text).toContain(
      '9. Leisure Centre Contract Renewal Exempt information under paragraph 3 of Part 1',
    );
    expect(text).toContain('its papers and minutes are not published');
    expect(text).not.toContain('tender prices');
  });

  it('lists the committee with its meetings by municipal year, and links every page to the stylesheet', () => {
    const { files, meetingPage } = publishSample('agenda');
    const index = textOf(files.get('index.html') ?? new Uint8Array());
    expect(index).toContain(
      '<a href="wrenmoor-community-partnership-board.html">Wrenmoor Community Partnership Board</a>',
    );
    const committee = visibleText(
      textOf(files.get('wrenmoor-community-partnership-board.html') ?? new Uint8Array()),
    );
    expect(committee).toContain('2024/25 Wednesday 12 March 2025, 6.00 pm Agenda');
    for (const [name, bytes] of files) {
      if (name.endsWith('.html')) {
        expect(textOf(bytes)).toContain('<link rel="stylesheet" href="style.css">');
        expect(textOf(bytes)).toContain('<html lang="en-GB">');
      }
    }
    expect(textOf(files.get(meetingPage) ?? new Uint8Array())).not.toContain('<script');
  });

  it("pours the pages into the web team's template, and refuses one without the page's content", () => {
    const data = sampleMeetingData();
    const template =
      '<html lang="en-GB"><title>{{title}}</title><link href="{{stylesheet}}"><body>OUR HEADER {{content}}</body></html>';
    const built = buildPublishedPages({
      organisation: data.record.organisation,
      meetings: [{ data, edition: 'agenda' }],
      template,
    });
    const index = textOf(built.files.find((file) => file.name === 'index.html')?.bytes ?? new Uint8Array());
    expect(index).toMatch(
      /^<html lang="en-GB"><title>Committees<\/title><link href="style.css"><body>OUR HEADER <h1>/,
    );
    expect(() =>
      buildPublishedPages({
        organisation: data.record.organisation,
        meetings: [{ data, edition: 'agenda' }],
        template: '<p>{{title}}</p>',
      }),
    ).toThrow('The page template has no {{content}}, {{stylesheet}}.');
  });

  it("keeps committees of the same name, or named like one of Chamber's files, on pages of their own", () => {
    const first = sampleMeetingData();
    const second = sampleMeetingData();
    second.record.committee.id = 'committee-other-board';
    second.record.meeting.id = 'meeting-other';
    const index = sampleMeetingData();
    index.record.committee = { ...index.record.committee, id: 'committee-index', name: 'Index' };
    index.record.meeting.id = 'meeting-index';
    const built = buildPublishedPages({
      organisation: first.record.organisation,
      meetings: [first, second, index].map((data) => ({ data, edition: 'agenda' as const })),
    });
    const names = built.files.map((file) => file.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toContain('wrenmoor-community-partnership-board-committee-other-board.html');
    expect(names).toContain(
      'wrenmoor-community-partnership-board-committee-partnership-2025-03-12-1800.html',
    );
    expect(names).toContain('index-committee-index.html');
    const home = textOf(built.files.find((file) => file.name === 'index.html')?.bytes ?? new Uint8Array());
    expect(home).toContain('<a href="index-committee-index.html">Index</a>');
  });
});
