import { describe, expect, it } from 'vitest';
import { renderDocx } from '../documents/support/libreoffice';
import { openChamber } from './support/browser';
import { waitForFocus } from './support/focus';
import { download, keyMeetingWithAnAction } from './documents-support';

type Posted = { postedToMinutes: unknown[] };

describe('the minutes worker reads the meeting itself', () => {
  it('is sent only the meeting’s id, and its minutes have the words typed just before the press', async () => {
    const { page } = await openChamber();
    const meetingUrl = await keyMeetingWithAnAction(page);
    const meetingId = meetingUrl.split('/').pop() ?? '';
    // Keep what the page posts to the minutes worker (the Worker the app starts with the name "minutes").
    await page.addInitScript(() => {
      const posted: unknown[] = [];
      (window as unknown as Posted).postedToMinutes = posted;
      const Original = window.Worker;
      const minutesWorkers = new WeakSet<Worker>();
      window.Worker = class extends Original {
        constructor(url: string | URL, options?: WorkerOptions) {
          super(url, options);
          if (options?.name === 'minutes') minutesWorkers.add(this);
        }
      };
      const post = Reflect.get(Original.prototype, 'postMessage') as (
        this: Worker,
        ...args: unknown[]
      ) => void;
      Original.prototype.postMessage = function (this: Worker, ...args: unknown[]) {
        if (minutesWorkers.has(this)) posted.push(args[0]);
        post.apply(this, args);
      } as Worker['postMessage'];
    });
    // A fresh start of the page on the meeting (the address differs only after its #: a reload, not a jump).
    await page.goto(meetingUrl);
    await page.reload();

    // The clerk adds to the minute on the Minutes tab and goes straight to the Papers tab to save the minutes.
    await page.getByRole('tab', { name: 'Minutes' }).click();
    const minute = page.getByRole('textbox', { name: 'Minute text for Street Trading Policy' });
    await minute.click();
    await waitForFocus(minute);
    await page.keyboard.type('The Committee noted the street traders’ concerns about pitch fees.');
    await page.getByRole('tab', { name: 'Papers' }).click();
    const minutes = await renderDocx(
      await download(page, 'Save the minutes (.docx)', 'minutes-read-in-worker.docx'),
    );

    expect(minutes.flatText).toContain('The Committee noted the street traders’ concerns about pitch fees.');
    expect(minutes.flatText).toContain('ACTION: Consult street traders on pitch fees');
    // The page sent only which meeting and which part: the meeting was read in the worker, not on the page.
    expect(await page.evaluate(() => (window as unknown as Posted).postedToMinutes)).toEqual([
      { from: 'chamber-minutes', kind: 'make', id: 1, meetingId, part: 'A' },
    ]);
  });
});
