import { describe, expect, it } from 'vitest';
import { buildAgendaPack } from '../../../../renderer/documents/agenda-pack';
import type { AgendaPackData, PackProgress } from '../../../../renderer/documents/agenda-pack';
import { readDocxParts, writeDocxParts } from '../../../../renderer/documents/docx-merge';
import { agendaItem, attachedDocument, seed004Record } from '../../../documents/agenda-pack/support/seed-004';
import { docxReport } from '../../../documents/agenda-pack/support/reports';

/** Each entry's compression method by name, from the zip's central directory (0 stored, 8 deflated). */
function compressionMethods(zip: Uint8Array): Map<string, number> {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const methods = new Map<string, number>();
  for (let at = 0; at + 46 <= zip.length; at += 1) {
    if (view.getUint32(at, true) !== 0x02014b50) continue;
    const nameLength = view.getUint16(at + 28, true);
    const name = new TextDecoder().decode(zip.subarray(at + 46, at + 46 + nameLength));
    methods.set(name, view.getUint16(at + 10, true));
  }
  return methods;
}

describe('writing the pack file', () => {
  it('stores pictures as they are and deflates the XML', () => {
    const picture = crypto.getRandomValues(new Uint8Array(60_000));
    const parts = new Map<string, Uint8Array>([
      ['[Content_Types].xml', new TextEncoder().encode('<Types/>')],
      ['word/document.xml', new TextEncoder().encode('<w:document>'.padEnd(5_000, ' '))],
      ['word/media/image1.png', picture],
      ['word/media/photo.JPEG', picture],
    ]);
    const zip = writeDocxParts(parts);
    const methods = compressionMethods(zip);
    expect(methods.get('word/media/image1.png')).toBe(0);
    expect(methods.get('word/media/photo.JPEG')).toBe(0);
    expect(methods.get('word/document.xml')).toBe(8);
    expect([...methods.keys()][0]).toBe('[Content_Types].xml');
    expect(readDocxParts(zip, 'The pack').get('word/media/image1.png')).toEqual(picture);
  });

  it('says it is saving the pack before it puts the reports in place and zips the file, not after', async () => {
    const record = seed004Record();
    record.agendaItems = [0, 1, 2].map((index) =>
      agendaItem({ number: String(index + 1), title: `Item ${index + 1}`, part: 'A' }, index),
    );
    const documentContents: AgendaPackData['documentContents'] = {};
    for (const number of ['1', '2', '3']) {
      const document = attachedDocument(number, `Report ${number}`, 'docx', 0);
      record.documents.push(document);
      documentContents[document.id] = await docxReport(`Report ${number}`, `REPORT-${number}`, 2);
    }
    const progress: PackProgress[] = [];
    await buildAgendaPack(
      { record, documentContents, presentedMinutes: [] },
      { audience: 'public', edition: 'agenda', onProgress: (step) => progress.push({ ...step }) },
    );
    const saving = progress.filter((step) => step.stage === 'packing');
    expect(saving[0]?.done).toBeLessThan(saving[0]?.total ?? 0);
    const lastMerge = progress.map((step) => step.stage).lastIndexOf('mergingReports');
    expect(progress.indexOf(saving[0] as PackProgress)).toBe(lastMerge + 1);
  });
});
