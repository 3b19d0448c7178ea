import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { freshDatabase } from '../reset';
import { db } from '../../../../renderer/db/database';
import { catchUpEveryMs, watchChangeLog } from '../../../../renderer/db/search/change-watch';
import { closeSearch, openSearch, searchArchive } from '../../../../renderer/db/search';
import { loadArchive } from '../../../../bench/archive-tools/load-archive';
import { smallArchive } from '../../../../renderer/domain/archive';
import { saveMinuteText } from '../../../../renderer/db/repositories/minutes';
import { richTextFromPlain } from '../../../../renderer/domain/rich-text';

/** The archive's minutes are signed: editing one is a correction, with its reason. */
const corrected = { reason: 'A correction for the search test' };

const options = { ...smallArchive, committees: 1, years: 1, documentPaddingBytes: 200, today: '2025-03-01' };
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

beforeEach(async () => {
  closeSearch();
  await freshDatabase();
  await loadArchive(options);
});
afterEach(() => closeSearch());

describe('the search index watching the change log while the clerk types', () => {
  it('catches up at most once a second while keystrokes are stored, not once per keystroke', async () => {
    const minute = (await db.minutes.toArray())[3]!;
    let catchUps = 0;
    const stop = watchChangeLog(() => (catchUps += 1));
    let text = 'Members asked';
    const started = performance.now();
    for (let key = 0; key < 12; key += 1) {
      text += ' about the bandstand';
      await saveMinuteText(minute.id, richTextFromPlain(text), corrected);
    }
    // At most one catch-up per second of typing (a slow machine may take more than a second for the burst).
    const allowed = Math.ceil((performance.now() - started) / catchUpEveryMs) + 1;
    await expect.poll(() => catchUps, { timeout: catchUpEveryMs * 3 }).toBeGreaterThan(0);
    await pause(catchUpEveryMs * 1.5);
    expect(catchUps).toBeLessThanOrEqual(Math.min(allowed, 11));
    const seen = catchUps;
    stop();
    await saveMinuteText(minute.id, richTextFromPlain(`${text} again`), corrected);
    await pause(catchUpEveryMs * 1.5);
    expect(catchUps).toBe(seen);
  });

  it('finds a phrase typed into a minute a moment later, without the search screen asking', async () => {
    const search = await openSearch();
    await search.whole;
    const minute = (await db.minutes.toArray())[5]!;
    await saveMinuteText(
      minute.id,
      richTextFromPlain('Members praised the zeppelin mooring mast proposal.'),
      corrected,
    );
    await expect
      .poll(() => searchArchive(search.index, 'zeppelin').hits.map((hit) => hit.recordId), {
        timeout: catchUpEveryMs * 4,
      })
      .toEqual([minute.id]);
  });
});
