import { measureDocx } from '../../documents/agenda-pack/page-estimate';
import { db } from '../database';

/** What Chamber can tell of a Word paper's printed pages from its file alone. */
export type PaperPagesMeasure = {
  paperId: string;
  /** undefined: the file could not be read (the pack itself says what is wrong with it when built). */
  pages?: number;
  /** 'saved': Word or LibreOffice recorded the count; 'estimated': Chamber counted the lines. */
  source?: 'saved' | 'estimated';
};

/**
 * Papers read from the database a few at a time: a meeting's reports can be a hundred files of 100 kB or more,
 * and holding them all at once for a count that needs one part of each is memory for nothing.
 */
const papersAtOnce = 8;

/**
 * Reads the given Word papers' files from the database and measures each (its saved count, or Chamber's estimate
 * from its lines): reads only, never writes. Used by the paper-pages worker, and by the page where no worker
 * can start (the same code, the same figures).
 *
 * @example await measureStoredPapers(['paper-1']) // [{ paperId: 'paper-1', pages: 7, source: 'estimated' }]
 */
export async function measureStoredPapers(paperIds: string[]): Promise<PaperPagesMeasure[]> {
  const measures: PaperPagesMeasure[] = [];
  for (let from = 0; from < paperIds.length; from += papersAtOnce) {
    const ids = paperIds.slice(from, from + papersAtOnce);
    const contents = await db.documentContents.bulkGet(ids);
    ids.forEach((paperId, index) => measures.push(measureOne(paperId, contents[index]?.bytes)));
  }
  return measures;
}

function measureOne(paperId: string, bytes: Uint8Array | undefined): PaperPagesMeasure {
  if (!bytes) return { paperId };
  try {
    const { pages, source } = measureDocx(bytes);
    return { paperId, pages, source: source === 'saved' ? 'saved' : 'estimated' };
  } catch {
    return { paperId };
  }
}
