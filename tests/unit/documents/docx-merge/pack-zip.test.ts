import { describe, expect, it } from 'vitest';
import { buildAgendaPack } from '../../../../renderer/documents/agenda-pack';
import type { AgendaPackData, PackProgress } from '../../../../renderer/documents/agenda-pack';
import { readDocxParts, writeDocxParts } from '../../../../renderer/documents/docx-merge';
import { writeDocxPartsTelling } from '../../../../renderer/documents/docx-merge/zip-parts';
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

  it('zips the same pack while saying how far it is, until the last byte', () => {
    // Bigger than the slice the zip reports by, so each part is zipped in several pieces.
    const picture = new Uint8Array(3_000_000);
    for (let at = 0; at < picture.length; at += 60_000)
      picture.set(crypto.getRandomValues(new Uint8Array(60_000)), at);
    const body = new TextEncoder().encode('<w:document>'.padEnd(5_000_000, 'text '));
    const parts = new Map<string, Uint8Array>([
      ['word/document.xml', body],
      ['[Content_Types].xml', new TextEncoder().encode('<Types/>')],
      ['word/media/image1.png', picture],
      ['word/empty.xml', new Uint8Array(0)],
    ]);
    const shares: number[] = [];
    const zip = writeDocxPartsTelling(parts, (share) => shares.push(share));
    expect(shares.length).toBeGreaterThan(3);
    expect(shares).toEqual([...shares].sort((a, b) => a - b));
    expect(shares.at(-1)).toBe(1);
    const methods = compressionMethods(zip);
    expect([...methods.keys()][0]).toBe('[Content_Types].xml');
    expect(methods.get('word/media/image1.png')).toBe(0);
    expect(methods.get('word/document.xml')).toBe(8);
    const back = readDocxParts(zip, 'The pack');
    // Compared as buffers: an element-by-element comparison of megabytes takes minutes.
    const same = (path: string, bytes: Uint8Array) =>
      Buffer.from(back.get(path) ?? []).equals(Buffer.from(bytes));
    expect(same('word/document.xml', body)).toBe(true);
    expect(same('word/media/image1.png', picture)).toBe(true);
    expect(same('word/empty.xml', new Uint8Array(0))).toBe(true);
  });

  it('zips the pack body from its pieces without joining them, letting go of each part once it is written', () => {
    const pieces = [
      '<w:document><w:body>',
      'Report one. '.repeat(300_000),
      '<w:p/>',
      '</w:body></w:document>',
    ];
    const whole = pieces.join('');
    const picture = crypto.getRandomValues(new Uint8Array(50_000));
    const parts = new Map<string, Uint8Array | string[]>([
      ['word/document.xml', pieces],
      ['[Content_Types].xml', new TextEncoder().encode('<Types/>')],
      ['word/media/R1-image1.png', picture],
    ]);
    const shares: number[] = [];
    const zip = writeDocxPartsTelling(parts, (share) => shares.push(share));
    // Each part leaves the map, and each piece its list, as it goes into the zip: its memory can be reclaimed.
    expect(parts.size).toBe(0);
    expect(pieces.every((piece) => piece === '')).toBe(true);
    expect(shares.at(-1)).toBe(1);
    const back = readDocxParts(zip, 'The pack');
    expect(new TextDecoder().decode(back.get('word/document.xml')) === whole).toBe(true);
    expect(Buffer.from(back.get('word/media/R1-image1.png') ?? []).equals(Buffer.from(picture))).toBe(true);
    expect(compressionMethods(zip).get('word/document.xml')).toBe(8);
  });

  it('moves the progress bar through writing the agenda and zipping the file, reaching its end only then', async () => {
    const record = seed004Record();
    record.agendaItems = [0, 1].map((index) =>
      agendaItem({ number: String(index + 1), title: `Item ${index + 1}`, part: 'A' }, index),
    );
    const documentContents: AgendaPackData['documentContents'] = {};
    for (const number of ['1', '2']) {
      const document = attachedDocument(number, `Report ${number}`, 'docx', 0);
      record.documents.push(document);
      documentContents[document.id] = await docxReport(`Report ${number}`, `REPORT-${number}`, 2);
    }
    const progress: PackProgress[] = [];
    await buildAgendaPack(
      { record, documentContents, presentedMinutes: [] },
      { audience: 'public', edition: 'agenda', onProgress: (step) => progress.push({ ...step }) },
    );
    const stages = progress.map((step) => step.stage);
    expect(stages.indexOf('writingAgenda')).toBeLessThan(stages.indexOf('mergingReports'));
    const total = progress[0]?.total ?? 0;
    // Before the zip, the bar is short of its end by the zip's own steps; it then moves through them.
    const zipping = progress.filter((step) => step.stage === 'packing').map((step) => step.done);
    expect(zipping[0]).toBeLessThanOrEqual(total - 5);
    expect(new Set(zipping).size).toBeGreaterThan(1);
    expect(zipping.at(-1)).toBe(total);
    expect(progress.filter((step) => step.done === total).every((step) => step.stage === 'packing')).toBe(
      true,
    );
  });
});
