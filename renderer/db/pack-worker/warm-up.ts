import { buildAgendaPack } from '../../documents/agenda-pack';
import { packDocument } from '../../documents/common/pack';
import { buildMinutes } from '../../documents/minutes/build-minutes';
import { sampleMeetingRecord } from '../../documents/sample/sample-meeting';
import { db } from '../database';

/** A task boundary: a request the page has already posted is read before the next step. */
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Opens the database and makes the built-in sample meeting's pack once, with its one Word report (the sample
 * minutes stand in for its file), and throws it away: the clerk's first press of "Save agenda pack" then runs
 * code already fetched, compiled and warmed by use, as a later press would. It stops at the next step as soon as
 * the clerk asks for a real pack (`asked`), so it holds a press up by one small step at most. Nothing it makes
 * is kept, shown or posted; it never writes; a failure here only means the press is not warmed. Resolves true
 * when the sample pack was made, false when it stopped early or failed.
 *
 * @example void warmUpPackOnce(() => requestArrived);
 */
export async function warmUpPackOnce(asked: () => boolean): Promise<boolean> {
  try {
    await nextTask();
    if (asked()) return false;
    await db.open();
    await nextTask();
    if (asked()) return false;
    const record = sampleMeetingRecord();
    const report = await packDocument(buildMinutes(record, { part: 'A' }));
    await nextTask();
    if (asked()) return false;
    const wordPapers = record.documents.filter((document) => document.format === 'docx');
    await buildAgendaPack(
      {
        record: { ...record, documents: wordPapers },
        documentContents: Object.fromEntries(wordPapers.map((document) => [document.id, report])),
      },
      { audience: 'public', edition: 'agenda' },
    );
    return true;
  } catch {
    return false;
  }
}
