/**
 * The fair "same work" baseline for a stored keystroke: a bare page (no React, no editor library, no Chamber)
 * with one contenteditable box holding the same minute text, typed into by the same Playwright call at the same
 * pace, whose input listener puts the minute record with the box's text into IndexedDB in one transaction, and
 * timed exactly as Chamber's keystroke is (from the keydown listener to the transaction's complete event).
 *
 * The other two baselines measure something else. The idle put (live-minuting.ts `rawPuts`) is made with no
 * key at all, so it leaves out what any page must do for a key (the browser inserting the character and drawing
 * it). The put at each key (raw-at-keys.ts) runs inside Chamber's page, so it waits behind Chamber's own work
 * for the key: it is as slow as Chamber is, and a ratio to it cannot show Chamber's cost.
 */
import type { BrowserContext } from 'playwright-core';
import type { StoredNotice } from './long-frames';
import { startTrace } from './trace';
import { describeTraceKeys } from './trace-keys';

/** What the bare page recorded: keydown listener times, the events' own timeStamps, and each committed put. */
export type BareRun = { keys: number[]; keyEvents: number[]; stored: StoredNotice[] };

const bareHtml = `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Bare page</title></head>
<body style="margin:0;padding:16px;font-family:sans-serif">
<div id="minute" contenteditable="true" role="textbox" aria-label="Minute" aria-multiline="true"
  style="min-height:12rem;padding:12px 20px;font-size:20px;line-height:1.6;border:1px solid #888;outline:none"></div>
</body></html>`;

/** Runs in the bare page: fills the box, opens a database of its own and puts the record at every input. */
async function startBarePage(setup: { record: Record<string, unknown>; text: string }): Promise<void> {
  const w = window as unknown as Record<string, unknown>;
  const run = { keys: [] as number[], keyEvents: [] as number[], stored: [] as unknown[] };
  w.__bare = run;
  const box = document.getElementById('minute');
  if (!box) throw new Error('The bare page has no box to type into.');
  box.textContent = setup.text;
  const database = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('bench-bare-page', 1);
    request.onupgradeneeded = () => request.result.createObjectStore('minutes', { keyPath: 'id' });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(new Error(String(request.error)));
  });
  window.addEventListener(
    'keydown',
    (event) => {
      run.keys.push(performance.now());
      run.keyEvents.push(event.timeStamp);
    },
    true,
  );
  box.addEventListener('input', () => {
    const startedAt = performance.now();
    const tx = database.transaction('minutes', 'readwrite');
    // The same record as Chamber's minute, its text the box's text as one paragraph (what the editor stores).
    const text = {
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: box.textContent }] }],
    };
    tx.objectStore('minutes').put({ ...setup.record, id: 'bare', text });
    // Nothing else is to be asked of this transaction: committing at once saves waiting for the put's answer.
    tx.commit();
    tx.oncomplete = () =>
      run.stored.push({ coveredUpTo: startedAt, startedAt, committedAt: performance.now() });
  });
  // The caret at the end of the text, as in Chamber's minute when the clerk types on.
  box.focus();
  const range = document.createRange();
  range.selectNodeContents(box);
  range.collapse(false);
  const selection = window.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}

/**
 * Open the bare page in a new tab of the same browser (served at the app's own address, so its IndexedDB is the
 * same origin's), type `typed` into it a key every `delay` ms, and return what it recorded.
 */
export async function typeIntoBarePage(
  context: BrowserContext,
  baseUrl: string,
  options: {
    record: Record<string, unknown>;
    text: string;
    typed: string;
    delay: number;
    /** With a path, records a Chromium trace of the typing there (as BENCH_TRACE does for Chamber's page). */
    tracePath?: string;
  },
): Promise<BareRun> {
  const url = `${baseUrl}bench-bare-page.html`;
  await context.route(url, (route) => route.fulfill({ body: bareHtml, contentType: 'text/html' }));
  const page = await context.newPage();
  try {
    await page.goto(url);
    await page.evaluate('globalThis.__name = globalThis.__name || ((fn) => fn)');
    await page.evaluate(startBarePage, {
      record: options.record,
      text: options.text,
    });
    await page.waitForFunction(() => document.activeElement?.id === 'minute');
    const stopTrace = options.tracePath ? await startTrace(page, options.tracePath) : undefined;
    await page.keyboard.type(options.typed, { delay: options.delay });
    await page.waitForTimeout(500);
    if (stopTrace) {
      const events = await stopTrace();
      console.log(`Trace of the bare page while typing written to ${options.tracePath}`);
      console.log(describeTraceKeys('the bare page', events).join('\n'));
    }
    return await page.evaluate(() => (window as unknown as { __bare: BareRun }).__bare);
  } finally {
    await page.close();
    await context.unroute(url);
  }
}
