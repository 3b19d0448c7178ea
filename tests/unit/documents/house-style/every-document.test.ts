import { describe, expect, it } from 'vitest';
import { buildAgendaAndMinutes } from '../../../../renderer/documents/agenda-and-minutes/build-agenda-and-minutes';
import { buildMinutes } from '../../../../renderer/documents/minutes/build-minutes';
import { meetingPageContent } from '../../../../renderer/documents/publishing/meeting-page';
import { printableMinutes } from '../../../../renderer/documents/publishing/printable/printable-minutes';
import { publicMeeting } from '../../../../renderer/documents/publishing/public-meeting';
import type { StoredHouseStyle } from '../../../../renderer/domain/house-style';
import type { MeetingRecord } from '../../../../renderer/domain/meeting-record';
import type { OrganisationSettings } from '../../../../renderer/domain/model';
import { docxParts, paragraphTexts } from '../support/docx-xml';
import { sampleMeetingData } from '../publishing/published-meeting';
import { htmlLines } from '../support/html-lines';

type Documents = { minutes: string[]; agendaAndMinutes: string[]; page: string[]; printable: string[] };

/** The sample meeting, minuted, in a house style: what each of the three builders prints, line by line. */
async function printedIn(
  houseStyle: StoredHouseStyle,
  organisation: Partial<OrganisationSettings> = {},
  change: (record: MeetingRecord) => void = () => undefined,
): Promise<Documents & { html: { page: string; printable: string } }> {
  const data = sampleMeetingData();
  const { record } = data;
  record.organisation = { ...record.organisation, ...organisation, houseStyle };
  change(record);
  const docxLines = async (document: Parameters<typeof docxParts>[0]) =>
    paragraphTexts((await docxParts(document))['word/document.xml'] ?? '');
  const view = publicMeeting(data, 'minutes');
  const page = meetingPageContent(record, view, { paperFiles: new Map() });
  const printable = printableMinutes(record, view);
  return {
    minutes: await docxLines(buildMinutes(record)),
    agendaAndMinutes: await docxLines(buildAgendaAndMinutes(record)),
    page: htmlLines(page),
    printable: htmlLines(printable),
    html: { page, printable },
  };
}

const others = ['agendaAndMinutes', 'page', 'printable'] as const;

/** The Word minutes' lines that match, and each other document prints every one of them. */
function expectEverywhere(printed: Documents, pattern: RegExp): string[] {
  const lines = printed.minutes.filter((line) => pattern.test(line));
  expect(lines.length).toBeGreaterThan(0);
  for (const document of others)
    for (const line of lines)
      expect({ document, has: printed[document].includes(line) }).toEqual({ document, has: true });
  return lines;
}

function expectNowhere(printed: Documents, pattern: RegExp): void {
  for (const document of ['minutes', ...others] as const)
    expect({ document, found: printed[document].filter((line) => pattern.test(line)) }).toEqual({
      document,
      found: [],
    });
}

describe('the agenda and minutes and the published minutes print what the Word minutes print, in the house style', () => {
  it('word motions "Moved by X, seconded by Y" where the house does, and "It was moved by" where it does not', async () => {
    const movedBy = await printedIn({ motionWording: 'movedBy' });
    expect(expectEverywhere(movedBy, /^(Amendment moved|Moved) by /)).toEqual([
      expect.stringMatching(
        /^Moved by Councillor Marcus Brennan, seconded by Councillor .+: That the Board recommend/,
      ),
      expect.stringMatching(/^Amendment moved by .+: That Stonegate Library also open/),
    ]);
    expectNowhere(movedBy, /^(It was|An amendment was) moved/);
    const itWasMoved = await printedIn({});
    expectEverywhere(itWasMoved, /^It was moved by Councillor Marcus Brennan and seconded by/);
    expectNowhere(itWasMoved, /^Moved by /);
  });

  it('print a recorded vote as lines of names, or as the house’s Name | Vote table', async () => {
    const lists = await printedIn({});
    expectEverywhere(lists, /^(For|Against|Abstentions) \(\d\): /);
    expectEverywhere(lists, /^For: 3, Against: 3, Abstentions: 1$/);
    const table = await printedIn({ recordedVotes: 'table' });
    expectNowhere(table, /^(For|Against|Abstentions) \(\d\): /);
    expectEverywhere(table, /^For: 3, Against: 3, Abstentions: 1$/);
    for (const document of ['minutes', ...others] as const) {
      const at = table[document].indexOf('Name');
      expect({ document, cells: table[document].slice(at, at + 4) }).toEqual({
        document,
        cells: ['Name', 'Vote', expect.stringMatching(/^Councillor /), 'For'],
      });
    }
    expect(table.html.page).toContain('<th scope="col">Name</th><th scope="col">Vote</th>');
  });

  it('print attendance as labelled lists, or as the numbered "(1) Present:" tables with positions and job titles', async () => {
    const lists = await printedIn({});
    for (const document of ['minutes', 'agendaAndMinutes'] as const)
      expect(lists[document]).toContain('Officers:\tGrace Northcott (Head of Community Safety)');
    for (const document of ['page', 'printable'] as const) {
      const at = lists[document].indexOf('Officers:');
      expect(lists[document][at + 1]).toBe('Grace Northcott (Head of Community Safety)');
    }
    expectNowhere(lists, /^\(1\) Present:$/);
    const numbered = await printedIn({ attendanceForm: 'numbered', chairTitle: 'Chairman' });
    expectEverywhere(numbered, /^(\(\d\) .*:|Apologies were received from:)$/);
    for (const document of ['minutes', ...others] as const) {
      const officers = numbered[document].indexOf('(2) The following officers attended:');
      expect({ document, row: numbered[document].slice(officers + 1, officers + 3) }).toEqual({
        document,
        row: ['Grace Northcott', 'Head of Community Safety'],
      });
      const present = numbered[document].indexOf('(1) Present:');
      expect(numbered[document].slice(present + 1, present + 3)).toEqual([
        expect.stringMatching(/^Councillor Helen Okafor/),
        'Chairman',
      ]);
    }
  });

  it('print declarations as sentences, or as the house’s table under its own headings', async () => {
    const sentences = await printedIn({});
    expectEverywhere(
      sentences,
      /^Tobias Marsh declared an other registrable interest in item 7, minute 207, Youth Services Grant Bid \(he is a trustee/,
    );
    const table = await printedIn(
      {},
      { declarationForm: 'table', declarationColumns: ['Member', '', '', 'Interest'] },
    );
    expectNowhere(table, / declared an? /);
    for (const document of ['minutes', ...others] as const) {
      const at = table[document].indexOf('Member');
      expect({ document, cells: table[document].slice(at, at + 8) }).toEqual({
        document,
        cells: [
          'Member',
          'Minute',
          'Reason',
          'Interest',
          expect.stringMatching(/Marsh$/),
          expect.stringMatching(/^\d+ \(item \d+\)$/),
          'he is a trustee of a youth charity that may apply to deliver the funded work',
          expect.stringMatching(/^Other registrable interest: /),
        ],
      });
    }
    expect(table.html.printable).toContain('<th scope="col">Member</th>');
  });

  it('print a change of chair after the attendance, and a member barred by law from voting at the item', async () => {
    const printed = await printedIn({}, {}, (record) => {
      const sixth = record.minutes.find((minute) => minute.takenOrder === 6);
      if (sixth) sixth.proceedings = [{ id: 'chair', kind: 'chairChange', personId: 'p-brennan' }];
      record.attendance = record.attendance.map((line) =>
        line.personId === 'p-tembe'
          ? { ...line, votingBars: [{ agendaItemId: 'i-libraries', bar: 'councilTaxArrears' as const }] }
          : line,
      );
    });
    expectEverywhere(printed, /^\(?Councillor .* in the Chair/);
    expectEverywhere(printed, /^Councillor Joseph Tembe did not vote on this item, being barred by /);
  });
});
