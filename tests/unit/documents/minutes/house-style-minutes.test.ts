import { describe, expect, it } from 'vitest';
import type { MeetingRecord } from '../../../../renderer/domain/meeting-record';
import type { StoredHouseStyle } from '../../../../renderer/domain/house-style';
import { buildMinutes } from '../../../../renderer/documents/minutes/build-minutes';
import { contactLines, frontSheet } from '../../../../renderer/documents/agenda-pack/front-sheet';
import { sampleMeetingRecord } from '../../../../renderer/documents/sample/sample-meeting';
import { docxParts, headerAndFooterXml, paragraphTexts } from '../support/docx-xml';

/** The sample meeting, closed at 8.40 pm, printed in a house style (the organisation's, then the committee's). */
function styled(organisation: StoredHouseStyle, committee?: StoredHouseStyle): MeetingRecord {
  const record = sampleMeetingRecord();
  record.organisation = { ...record.organisation, houseStyle: organisation };
  if (committee) record.committee = { ...record.committee, houseStyle: committee };
  return record;
}

async function minutesText(record: MeetingRecord): Promise<string[]> {
  return paragraphTexts((await docxParts(buildMinutes(record)))['word/document.xml'] ?? '');
}

describe('the minutes in the house’s own style', () => {
  it('print the chair’s title the house uses, in attendance, urgency and the signature', async () => {
    const text = (
      await minutesText(styled({ chairTitle: 'Chairman', viceChairTitle: 'Vice-Chairman' }))
    ).join('\n');
    expect(text).toMatch(/\(Chairman\)/);
    expect(text).toMatch(/The Chairman agreed to consider this item as a matter of urgency/);
    expect(text).toMatch(/\.{60}\s+Chairman/);
    expect(text).not.toMatch(/\(Chair\)|\bChair\b(?!man)/);
    const mayor = (await minutesText(styled({ chairTitle: 'Chairman' }, { chairTitle: 'Mayor' }))).join('\n');
    expect(mayor).toMatch(/\.{60}\s+Mayor/);
  });

  it('print "RESOLVED that" where the house writes it so', async () => {
    const text = await minutesText(styled({ resolvedForm: 'lowerThat' }));
    expect(text.some((line) => /^RESOLVED that /.test(line))).toBe(true);
    expect(text.some((line) => /^RESOLVED: That/.test(line))).toBe(false);
  });

  it('print names without "Councillor" where the house does (the clerk’s own words aside)', async () => {
    const withTitles = (await minutesText(styled({}))).join('\n');
    expect(withTitles).toContain('Councillor');
    // The sample minutes' own typed sentences name "Councillor Nkem Achebe": those are the clerk's words.
    const typed = ['Apologies for absence were received from', 'attended as a substitute for'];
    const printed = (await minutesText(styled({ memberNames: 'withoutTitle' }))).filter(
      (line) => !typed.some((words) => line.includes(words)),
    );
    expect(printed.filter((line) => line.includes('Councillor'))).toEqual([]);
    expect(printed.join('\n')).toContain('Ada Lindqvist');
  });

  it('head the minutes "Meeting held on ..." then MINUTES, and print PART A always, when the house does', async () => {
    const text = await minutesText(styled({ minutesHeading: 'meetingOf', partAHeading: 'always' }));
    const held = text.findIndex((line) => line.startsWith('Meeting held on '));
    expect(held).toBeGreaterThan(-1);
    expect(text[held + 1]).toBe('MINUTES');
    expect(text).toContain('PART A');
  });

  it('close with the line the house chooses, not by whether Start was pressed', async () => {
    const ended = (await minutesText(styled({ closingLine: 'endedAt' }))).join('\n');
    expect(ended).toMatch(/The meeting ended at \d/);
    expect(ended).not.toContain('[Note:');
    const record = styled({ closingLine: 'note' });
    record.events = record.events.filter((event) => event.kind !== 'started');
    expect((await minutesText(record)).join('\n')).toMatch(/\[Note: The Meeting, having commenced at /);
  });

  it('print actions in the ACTION column when the house does', async () => {
    const xml = (await docxParts(buildMinutes(styled({ actionsForm: 'column' }))))['word/document.xml'] ?? '';
    expect(paragraphTexts(xml)).toContain('ACTION');
    expect(xml).toContain('<w:tbl>');
  });

  it('make notes, not minutes, for an informal body: no DRAFT, no signature, "For Action"', async () => {
    const record = styled({}, { recordKind: 'notes' });
    const parts = await docxParts(buildMinutes(record));
    const text = paragraphTexts(parts['word/document.xml'] ?? '').join('\n');
    expect(text).toContain('Notes of the meeting held on');
    expect(text).not.toContain('DRAFT');
    expect(headerAndFooterXml(parts)).not.toContain('DRAFT');
    expect(text).not.toContain('Signed:');
    expect(text).toMatch(/For Action: /);
    expect(text).not.toMatch(/ACTION: /);
  });
});

describe('the front sheet', () => {
  const blank = { contactName: '', contactTitle: '', contactPhone: '', contactEmail: '' };

  it('print no empty label', () => {
    expect(contactLines(blank)).toEqual([]);
    const phoneOnly = contactLines({ ...blank, contactPhone: '020 8424 1883' });
    expect(JSON.stringify(phoneOnly)).toContain('Tel: 020 8424 1883');
    expect(JSON.stringify(phoneOnly)).not.toMatch(/Contact:|E-mail:/);
  });

  it('name the chair by the same title as the minutes', async () => {
    const record = styled({ chairTitle: 'Convener', viceChairTitle: 'Vice-Convener' });
    const front = JSON.stringify(frontSheet(record, 'public', 'agenda'));
    expect(front).toContain('(Convener)');
    expect(front).toContain('(Vice-Convener)');
    expect(front).not.toContain('(Chairman)');
    expect((await minutesText(record)).join('\n')).toContain('(Convener)');
  });
});
