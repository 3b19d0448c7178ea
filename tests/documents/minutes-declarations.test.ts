import { beforeAll, describe, expect, it } from 'vitest';
import { buildMinutes } from '../../renderer/documents/minutes/build-minutes';
import { packDocument } from '../../renderer/documents/common/pack';
import { sampleMeetingRecord } from '../../renderer/documents/sample/sample-meeting';
import type { MeetingRecord } from '../../renderer/domain/meeting-record';
import type { Declaration } from '../../renderer/domain/model';
import { flatten, renderDocx } from './support/libreoffice';
import type { RenderedDocument } from './support/libreoffice';

/**
 * Three declarations stored in an order (by id) that is not the order declared, one of them made in advance by
 * a member who sent apologies (Councillor Rosa Ferreira), as the minutes of the sample meeting print them.
 */
function withDeclarations(form: 'sentences' | 'table', declaredInAdvanceWords?: string): MeetingRecord {
  const record = sampleMeetingRecord();
  const declaration = (id: string, declaredOrder: number, fields: Partial<Declaration>): Declaration => ({
    id,
    meetingId: record.meeting.id,
    agendaItemId: 'i-grant',
    personId: 'p-marsh',
    kind: 'otherRegistrable',
    nature: '',
    conduct: 'leftRoom',
    declaredOrder,
    ...fields,
  });
  return {
    ...record,
    organisation: { ...record.organisation, declarationForm: form, declaredInAdvanceWords },
    declarations: [
      declaration('a-third', 3, {
        personId: 'p-tembe',
        agendaItemId: 'i-libraries',
        kind: 'nonRegistrable',
        nature: 'his daughter works at Stonegate Library',
        conduct: 'remained',
      }),
      declaration('b-first', 1, {
        personId: 'p-ferreira',
        agendaItemId: 'i-safety',
        kind: 'dpi',
        nature: 'she owns a shop in Abbey ward',
        conduct: 'leftRoom',
      }),
      declaration('c-second', 2, { nature: 'he is a trustee of a youth charity' }),
    ],
  };
}

async function render(record: MeetingRecord, name: string): Promise<RenderedDocument> {
  return renderDocx(await packDocument(buildMinutes(record)), name);
}

describe('declarations of interest in the minutes, as LibreOffice prints them', () => {
  let sentences: RenderedDocument;
  let table: RenderedDocument;
  beforeAll(async () => {
    [sentences, table] = await Promise.all([
      render(withDeclarations('sentences'), 'declarations-sentences.docx'),
      render(withDeclarations('table'), 'declarations-table.docx'),
    ]);
  });

  it('prints each declaration once, under Declarations of Interest, in the order declared', () => {
    const text = sentences.flatText;
    const ferreira = text.indexOf('Councillor Rosa Ferreira declared');
    const marsh = text.indexOf('Tobias Marsh declared');
    const tembe = text.indexOf('Councillor Joseph Tembe declared');
    expect(ferreira).toBeGreaterThan(text.indexOf('203. Declarations of Interest'));
    expect(ferreira).toBeLessThan(marsh);
    expect(marsh).toBeLessThan(tembe);
    expect(tembe).toBeLessThan(text.indexOf('204. Minutes'));
    expect(text.split('declared a').length - 1).toBe(2);
    expect(text.split('declared in advance of the meeting a').length - 1).toBe(1);
  });

  it('refers to each item by its agenda number and minute number', () => {
    const text = sentences.flatText;
    expect(text).toContain(
      'Councillor Rosa Ferreira declared in advance of the meeting a disclosable pecuniary interest in item 5, minute 206, Safer Neighbourhoods Update (she owns a shop in Abbey ward).',
    );
    expect(text).toContain(
      'Tobias Marsh declared an other registrable interest in item 7, minute 207, Youth Services Grant Bid',
    );
    expect(text).toContain(
      'Councillor Joseph Tembe declared a non-registrable interest in item 6, minute 205',
    );
    expect(text).not.toMatch(/in the item "/);
  });

  it('prints the same text on two saves of the same meeting', async () => {
    const again = await render(withDeclarations('sentences'), 'declarations-again.docx');
    expect(again.flatText).toBe(sentences.flatText);
  });

  it('prints a table Name | Minute | Reason | Interest, a row each in the order declared, when the house sets it', () => {
    const text = table.flatText;
    expect(text).toMatch(/Name\s+Minute\s+Reason\s+Interest/);
    const rows = ['Councillor Rosa Ferreira', 'Tobias Marsh', 'Councillor Joseph Tembe'].map((name) =>
      text.indexOf(name, text.indexOf('Reason')),
    );
    expect(rows[0]).toBeLessThan(rows[1] ?? 0);
    expect(rows[1]).toBeLessThan(rows[2] ?? 0);
    expect(table.pages.join('\n')).toMatch(/Councillor Rosa\s+206 \(item 5\)\s+she owns a shop in Abbey/);
    expect(text).not.toContain('declared a');
  });

  it('prints that a member not at the meeting (she sent apologies) declared in advance, not what she did in the room', async () => {
    // Sentences: the fact in the house's default words, and no "left the room" for a room she was never in.
    const sentence = sentences.flatText.slice(
      sentences.flatText.indexOf('Councillor Rosa Ferreira declared'),
    );
    expect(sentence).toMatch(
      /^Councillor Rosa Ferreira declared in advance of the meeting a disclosable pecuniary interest in item 5, minute 206, Safer Neighbourhoods Update \(she owns a shop in Abbey ward\)\. Tobias Marsh declared/,
    );
    // Members who were there keep what they did.
    expect(sentences.flatText).toContain(
      '(he is a trustee of a youth charity) and left the room and took no part',
    );
    // The table: in her row's Interest column, in place of what she did.
    const rows = table.pages.join('\n');
    const from = rows.indexOf('Councillor Rosa', rows.indexOf('Interest'));
    const ferreira = rows.slice(from, rows.indexOf('Tobias Marsh', from));
    expect(flatten(ferreira)).toMatch(/Disclosable .*in advance of the meeting/);
    expect(flatten(ferreira)).not.toMatch(/left the room/);
    // In the house's own words, when it has them.
    const own = await render(
      withDeclarations('sentences', 'notified the Monitoring Officer before the meeting of'),
      'declarations-own-words.docx',
    );
    expect(own.flatText).toContain(
      'Councillor Rosa Ferreira notified the Monitoring Officer before the meeting of a disclosable pecuniary interest in item 5',
    );
  });
});
