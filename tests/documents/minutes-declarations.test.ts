import { beforeAll, describe, expect, it } from 'vitest';
import { buildMinutes } from '../../renderer/documents/minutes/build-minutes';
import { packDocument } from '../../renderer/documents/common/pack';
import { sampleMeetingRecord } from '../../renderer/documents/sample/sample-meeting';
import type { MeetingRecord } from '../../renderer/domain/meeting-record';
import type { Declaration } from '../../renderer/domain/model';
import { renderDocx } from './support/libreoffice';
import type { RenderedDocument } from './support/libreoffice';

/**
 * Three declarations stored in an order (by id) that is not the order declared, one of them made in advance by
 * a member who sent apologies (Councillor Rosa Ferreira), as the minutes of the sample meeting print them.
 */
function withDeclarations(form: 'sentences' | 'table'): MeetingRecord {
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
    organisation: { ...record.organisation, declarationForm: form },
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
    expect(text.split('declared a').length - 1).toBe(3);
  });

  it('refers to each item by its agenda number and minute number', () => {
    const text = sentences.flatText;
    expect(text).toContain(
      'Councillor Rosa Ferreira declared a disclosable pecuniary interest in item 5, minute 206, Safer Neighbourhoods Update (she owns a shop in Abbey ward) and left the room',
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
});
