import { strToU8, zipSync } from 'fflate';
import { beforeEach, describe, expect, it } from 'vitest';
import { updateMeeting } from '../../../renderer/db/repositories/meetings';
import { createPerson } from '../../../renderer/db/repositories/people';
import { minimalDocx } from '../../../renderer/domain/archive/docx-bytes';
import { exportFile } from '../../../renderer/sync/export';
import { isSyncError, type SyncError } from '../../../renderer/sync/format/errors';
import { joinParts } from '../../../renderer/sync/format/file-parts';
import { paperProblem } from '../../../renderer/sync/format/paper-check';
import { importFile, previewImport } from '../../../renderer/sync/import';
import { databaseHash, newLaptop } from './support/laptops';
import { attachPaper, pdfBytes, seedMeeting } from './support/meeting';

/**
 * Issue 26: paper bytes that are not a readable .docx or PDF (random bytes, a zip bomb) were accepted at import,
 * and the private agenda pack failed later. They are refused at import, naming the paper, with nothing written.
 */
const randomBytes = new Uint8Array(40_000).map((_, at) => (at * 7919 + 13) % 256);

/** A "Word document" whose body unpacks to 64 MB of nothing: a few kilobytes in the file. */
function zipBombDocx(): Uint8Array {
  return zipSync({
    '[Content_Types].xml': strToU8('<Types/>'),
    'word/document.xml': [new Uint8Array(64 * 1024 * 1024), { level: 9 }],
  });
}

const realPdf = pdfBytes(2000, () => 32);

describe('what counts as a readable paper', () => {
  it('takes a real Word document and a PDF', () => {
    expect(paperProblem(minimalDocx(['Budget monitoring, quarter 2.']), 'docx')).toBeUndefined();
    expect(paperProblem(realPdf, 'pdf')).toBeUndefined();
  });

  it('says why anything else is not one', () => {
    expect(paperProblem(randomBytes, 'docx')).toBe('it is neither a Word document (.docx) nor a PDF');
    expect(paperProblem(zipBombDocx(), 'docx')).toBe(
      'it unpacks to far more than its size, as no Word document does',
    );
    expect(paperProblem(zipSync({ 'notes.txt': strToU8('Not a report') }), 'docx')).toBe(
      'it is not a Word document: it has no document body',
    );
    expect(paperProblem(realPdf.slice(0, 1500), 'pdf')).toBe('it is a PDF that was cut short or damaged');
    expect(paperProblem(realPdf, 'docx')).toBe('it is listed as a Word document but is a PDF');
    const docx = minimalDocx(['Budget monitoring, quarter 2.']);
    expect(paperProblem(docx.slice(0, docx.length - 30), 'docx')).toBe('it is a damaged Word document');
  });
});

describe('importing a file with a paper that cannot be opened', () => {
  beforeEach(newLaptop);

  /** The office's file with one more paper of these bytes; then the chamber laptop, holding a record. */
  async function fileWithPaper(name: string, bytes: Uint8Array): Promise<Uint8Array> {
    const { meeting, item } = await seedMeeting();
    await attachPaper({ id: 'budget-report', agendaItemId: item.id, meetingId: meeting.id, name }, bytes);
    await updateMeeting(meeting.id, { venue: 'Council Chamber' });
    const file = joinParts(await exportFile({ scope: { kind: 'everything' } }, 'none'));
    await newLaptop();
    await createPerson({ name: 'Sally Jones' });
    return file;
  }

  async function refusal(work: Promise<unknown>): Promise<SyncError> {
    const error = await work.then(
      () => undefined,
      (failure: unknown) => failure,
    );
    if (!isSyncError(error)) throw new Error(`Expected a refusal, got ${String(error)}`);
    return error;
  }

  for (const [what, name, bytes, why] of [
    ['random bytes', 'Budget report.docx', randomBytes, 'it is neither a Word document (.docx) nor a PDF'],
    ['a zip bomb', 'Budget report.docx', zipBombDocx(), 'it unpacks to far more than its size'],
    ['a PDF cut short', 'Budget report.pdf', realPdf.slice(0, 1500), 'it is a PDF that was cut short'],
  ] as const) {
    it(`refuses ${what} in the preview, naming the paper, and stores nothing`, async () => {
      const file = await fileWithPaper(name, bytes);
      const before = await databaseHash();
      const refused = await refusal(previewImport(file));
      expect(refused.code).toBe('paper-unreadable');
      expect(refused.message).toContain(`“${name}”: ${why}`);
      expect(refused.message).toContain('so nothing was imported');
      expect((await refusal(importFile(file))).code).toBe('paper-unreadable');
      expect(await databaseHash()).toBe(before);
    });
  }

  it('imports the same file when the paper is a real Word document', async () => {
    const file = await fileWithPaper('Budget report.docx', minimalDocx(['Budget monitoring, quarter 2.']));
    const result = await importFile(file);
    expect(result.added).toBeGreaterThan(0);
  });
});

describe('a Word document with a part that lies about its size', () => {
  it('is refused as a zip bomb, though its directory looks small', () => {
    const docx = zipSync({
      'word/document.xml': strToU8('<w:document/>'),
      'word/media/image1.png': [new Uint8Array(8 * 1024 * 1024), { level: 9 }],
    });
    // The central directory says the picture is 1,000 bytes: only unpacking it tells otherwise.
    const view = new DataView(docx.buffer, docx.byteOffset, docx.byteLength);
    let end = docx.length - 22;
    while (view.getUint32(end, true) !== 0x06054b50) end -= 1;
    let at = view.getUint32(end + 16, true);
    for (let index = view.getUint16(end + 10, true); index > 0; index -= 1) {
      const nameLength = view.getUint16(at + 28, true);
      const name = new TextDecoder().decode(docx.subarray(at + 46, at + 46 + nameLength));
      if (name === 'word/media/image1.png') view.setUint32(at + 24, 1000, true);
      at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    }
    expect(paperProblem(docx, 'docx')).toBe('it unpacks to far more than its size, as no Word document does');
  });
});
