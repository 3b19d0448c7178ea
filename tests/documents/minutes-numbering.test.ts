import { beforeAll, describe, expect, it } from 'vitest';
import { buildMinutes } from '../../renderer/documents/minutes/build-minutes';
import { packDocument } from '../../renderer/documents/common/pack';
import { sampleMeetingRecord } from '../../renderer/documents/sample/sample-meeting';
import type { MeetingRecord } from '../../renderer/domain/meeting-record';
import type { AgendaItem, Minute, MinuteNumberFormat } from '../../renderer/domain/model';
import { richTextFromPlain } from '../../renderer/domain/rich-text';
import { doc, numbered, paragraph } from '../../renderer/documents/sample/rich-text-builders';
import { sampleMinutesBytes } from './support/sample-minutes';
import { renderDocx } from './support/libreoffice';
import type { RenderedDocument } from './support/libreoffice';

/**
 * The sample meeting as a council numbering its minutes 0654, 0655... through the year (printed 0654/25), with
 * an unnumbered "Presentation" section taken between minutes 0656 and 0657 (the 2024/25 municipal year).
 */
function numberedMeeting(format: MinuteNumberFormat): MeetingRecord {
  const record = sampleMeetingRecord();
  const presentation: AgendaItem = {
    ...record.agendaItems.find((item) => item.id === 'i-minutes')!,
    id: 'i-presentation',
    order: 4.5,
    title: 'Presentation: Wrenmoor Food Bank',
    description: '',
    standingKind: undefined,
    unnumbered: true,
  };
  const renumbered = record.minutes.map((minute) => ({
    ...minute,
    number: String(653 + minute.takenOrder),
    takenOrder: minute.takenOrder > 4 ? minute.takenOrder + 1 : minute.takenOrder,
  }));
  const presentationMinute: Minute = {
    ...renumbered[0]!,
    id: 'min-presentation',
    agendaItemId: 'i-presentation',
    takenOrder: 5,
    number: '',
    text: richTextFromPlain('The Board received a presentation from the manager of Wrenmoor Food Bank.'),
    conclusions: [],
  };
  return {
    ...record,
    committee: { ...record.committee, minuteNumberFormat: format },
    agendaItems: [...record.agendaItems, presentation],
    minutes: [...renumbered, presentationMinute],
    resolutions: record.resolutions,
  };
}

describe('minute numbers in the house form, as LibreOffice prints them', () => {
  let minutes: RenderedDocument;
  beforeAll(async () => {
    const format: MinuteNumberFormat = {
      prefix: '',
      suffix: '',
      width: 4,
      yearForm: 'slashYY',
      agendaNumberBeside: true,
    };
    minutes = await renderDocx(await packDocument(buildMinutes(numberedMeeting(format))), 'numbering.docx');
  });

  it('prints fixed-width numbers with leading zeros and the municipal year as /YY', () => {
    const text = minutes.flatText;
    expect(text).toContain('0654/25 Apologies for Absence');
    expect(text).toContain('0656/25 Declarations of Interest');
    expect(text).toContain('0658/25 Library Opening Hours Review');
    expect(text).not.toMatch(/(?<!0)654\./);
  });

  it('prints "(Agenda item N)" under a minute whose number differs from its agenda number', () => {
    expect(minutes.flatText).toContain('0658/25 Library Opening Hours Review (Agenda item 6)');
    expect(minutes.flatText).toContain('0659/25 Safer Neighbourhoods Update (Agenda item 5)');
  });

  it('prints an unnumbered presentation section without a number, and takes no number from the minutes', () => {
    // Read as one run of text: where a page breaks (its footer and DRAFT header) moves as the minutes grow.
    const text = minutes.flatText.replace(
      / Wrenmoor Community Partnership Board - 12 March 2025 Page \d+ of \d+( DRAFT - subject to approval)?/g,
      '',
    );
    expect(text).toMatch(
      /0657\/25 Minutes .* Presentation: Wrenmoor Food Bank The Board received a presentation from the manager of Wrenmoor Food Bank\. 0658\/25 Library/,
    );
    expect(text).not.toMatch(/\d Presentation: Wrenmoor/);
    expect(text).not.toContain('(Agenda item 4.5)');
  });
});

describe('numbered paragraphs within one minute, as LibreOffice prints them', () => {
  /** Minute 2 of a meeting numbered 1, 2, 3 with three numbered paragraphs, in the house's chosen style. */
  async function printed(paragraphNumbers: MinuteNumberFormat['paragraphNumbers']): Promise<string> {
    const text = doc(
      paragraph('The Committee considered the substitutes.'),
      numbered('Councillor Quint attended for Councillor Achebe.', 'No other substitutes attended.'),
    );
    const bytes = await sampleMinutesBytes(text, paragraphNumbers);
    return (await renderDocx(bytes, `paragraphs-${paragraphNumbers}.docx`)).flatText;
  }

  it('sub-numbers them 2.1, 2.2 under minute 2', async () => {
    const text = await printed('subNumbered');
    expect(text).toContain(
      '2. Attendance by Substitute Members The Committee considered the substitutes. 2.1 Councillor Quint attended for Councillor Achebe. 2.2 No other substitutes attended.',
    );
  });

  it('letters them (a), (b)', async () => {
    const text = await printed('lettered');
    expect(text).toContain(
      'The Committee considered the substitutes. (a) Councillor Quint attended for Councillor Achebe. (b) No other substitutes attended.',
    );
  });
});
