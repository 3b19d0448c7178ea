import { Document, Packer, Paragraph } from 'docx';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../../renderer/db/database';
import type {
  MeasurePapersAnswer,
  MeasurePapersRequest,
} from '../../../../renderer/db/paper-pages-worker/messages';
import { measureStoredPapers } from '../../../../renderer/db/paper-pages-worker/measure-papers';
import { freshDatabase } from '../reset';

beforeEach(freshDatabase);
afterAll(() => vi.unstubAllGlobals());

/** A Word report of `paragraphs` paragraphs, made by a program that records no page count (as Chamber's own). */
async function reportOf(paragraphs: number): Promise<Uint8Array> {
  const children = Array.from(
    { length: paragraphs },
    (_, at) => new Paragraph(`Paragraph ${at + 1} of the report on the town centre's parking charges.`),
  );
  return new Uint8Array(await Packer.toArrayBuffer(new Document({ sections: [{ children }] })));
}

/** The same report as Word saves it, with the page count it laid out in docProps/app.xml. */
function savedByWord(report: Uint8Array, pages: number): Uint8Array {
  const parts = unzipSync(report);
  parts['docProps/app.xml'] = strToU8(
    `<?xml version="1.0"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Pages>${pages}</Pages></Properties>`,
  );
  return zipSync(parts);
}

async function storeFiles(files: Record<string, Uint8Array>): Promise<void> {
  await db.documentContents.bulkPut(Object.entries(files).map(([id, bytes]) => ({ id, bytes })));
}

describe('measuring Word papers’ printed pages from their stored files', () => {
  it('takes the count Word saved, estimates the rest, and leaves out files it cannot read', async () => {
    const short = await reportOf(5);
    const long = await reportOf(400);
    await storeFiles({
      short,
      long,
      word: savedByWord(short, 7),
      damaged: new Uint8Array([80, 75, 3, 4, 1, 2, 3]),
    });
    const measures = await measureStoredPapers(['short', 'long', 'word', 'damaged', 'not-stored']);
    expect(measures.map((measure) => measure.paperId)).toEqual([
      'short',
      'long',
      'word',
      'damaged',
      'not-stored',
    ]);
    const [shortOne, longOne, wordOne, damagedOne, missingOne] = measures;
    expect(shortOne).toMatchObject({ pages: 1, source: 'estimated' });
    expect(longOne?.source).toBe('estimated');
    expect(longOne?.pages).toBeGreaterThan(5);
    expect(wordOne).toMatchObject({ pages: 7, source: 'saved' });
    expect(damagedOne?.pages).toBeUndefined();
    expect(missingOne?.pages).toBeUndefined();
  });
});

/** How the stand-in worker answers: with its own figures, or by failing to start. */
let behaviour: 'answer' | 'fail to start' = 'answer';
const asked: string[][] = [];

let ended = 0;

class StandInWorker extends EventTarget {
  postMessage(request: MeasurePapersRequest): void {
    asked.push(request.paperIds);
    setTimeout(() => {
      if (behaviour === 'fail to start') return void this.dispatchEvent(new Event('error'));
      const answer: MeasurePapersAnswer = {
        from: 'chamber-paper-pages',
        id: request.id,
        measures: request.paperIds.map((paperId) => ({ paperId, pages: 42, source: 'saved' })),
      };
      this.dispatchEvent(new MessageEvent('message', { data: answer }));
    }, 0);
  }
  terminate(): void {
    ended += 1;
  }
}

describe('the page’s side of the paper-pages worker', () => {
  it('takes the worker’s measures, and measures on the page itself once the worker fails', async () => {
    vi.stubGlobal('Worker', StandInWorker);
    vi.resetModules();
    const { measurePapersOffThePage } = await import('../../../../renderer/db/paper-pages-worker');
    await storeFiles({ short: await reportOf(5) });

    behaviour = 'answer';
    expect(await measurePapersOffThePage(['short'])).toEqual([
      { paperId: 'short', pages: 42, source: 'saved' },
    ]);
    expect(asked).toEqual([['short']]);
    // Its answer given, the worker is ended: the files it read are not kept in an idle worker's memory.
    expect(ended).toBe(1);

    // A worker that cannot run: the page reads and measures the file itself, and answers every later question.
    behaviour = 'fail to start';
    expect(await measurePapersOffThePage(['short'])).toEqual([
      { paperId: 'short', pages: 1, source: 'estimated' },
    ]);
    expect(await measurePapersOffThePage(['short'])).toEqual([
      { paperId: 'short', pages: 1, source: 'estimated' },
    ]);
    expect(asked).toEqual([['short'], ['short']]);
  });
});
