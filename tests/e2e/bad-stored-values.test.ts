import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openChamber, type Chamber } from './support/browser';
import { poll } from './support/wait';

// Issue #26: a start time of "25:99" left by an old import crashed the committee page and the meeting's page
// for good. Here it is stored in the browser's real IndexedDB and both pages are opened in Chromium.
let open: Chamber;
const committee = 'Standards Committee';

const heading = (page: Page) => page.getByRole('heading', { level: 1 }).textContent();

beforeAll(async () => {
  open = await openChamber();
});
afterAll(async () => {
  await open?.context.close();
});

/** Overwrite every meeting's start time in IndexedDB itself, past Chamber's checks, as the old import did. */
function storeStartTime(page: Page, startTime: string): Promise<number> {
  return page.evaluate(
    (time) =>
      new Promise<number>((resolve, reject) => {
        const opening = indexedDB.open('chamber');
        opening.onerror = () => reject(new Error(String(opening.error)));
        opening.onsuccess = () => {
          const store = opening.result.transaction('meetings', 'readwrite').objectStore('meetings');
          let changed = 0;
          const cursor = store.openCursor();
          cursor.onsuccess = () => {
            const at = cursor.result;
            if (!at) {
              opening.result.close();
              resolve(changed);
              return;
            }
            at.update({ ...(at.value as object), startTime: time });
            changed += 1;
            at.continue();
          };
        };
      }),
    startTime,
  );
}

describe('a meeting stored with a start time of 25:99', () => {
  it('opens the committee page and the meeting page, marked, and the clerk corrects it', async () => {
    const { page } = open;
    await page.getByRole('button', { name: 'New committee' }).click();
    await page.getByRole('textbox', { name: 'Name', exact: true }).fill(committee);
    await page.getByRole('button', { name: 'Save committee' }).click();
    await poll(() => heading(page)).toBe(committee);
    const details = page.getByRole('form', { name: 'Meeting details' });
    await details.getByLabel(/^Date/).fill('2027-03-10');
    await details.getByLabel(/^Start time/).fill('18:30');
    await details.getByRole('button', { name: 'Create meeting' }).click();
    // A meeting created opens its page.
    const meetingHeading = `${committee}: Wednesday 10 March 2027`;
    await poll(() => heading(page)).toBe(meetingHeading);
    await poll(() => page.getByRole('main').textContent()).toContain('6.30 pm');

    expect(await storeStartTime(page, '25:99')).toBe(1);
    await page.reload();
    await poll(() => heading(page)).toBe(meetingHeading);
    await poll(() => page.getByRole('main').textContent()).toContain(
      'Start time not valid: “25:99” — correct it below',
    );
    expect(await page.getByRole('region', { name: 'Deadlines' }).count()).toBe(1);
    expect(await page.getByText('could not be shown').count()).toBe(0);

    await page.getByRole('main').getByRole('link', { name: committee }).click();
    await poll(() => heading(page)).toBe(committee);
    const meetings = page.getByRole('table', { name: 'Meetings' });
    await poll(() => meetings.textContent()).toContain('Start time not valid: “25:99”');
    expect(await meetings.textContent()).toContain('Wednesday 10 March 2027');
    expect(await page.getByText('could not be shown').count()).toBe(0);

    await meetings.getByRole('link', { name: 'Wednesday 10 March 2027' }).click();
    await poll(() => heading(page)).toBe(meetingHeading);
    const form = page.getByRole('form', { name: 'Correct the meeting' });
    await form.getByLabel(/^Start time/).fill('18:30');
    await form.getByRole('button', { name: 'Save the correction' }).click();
    await poll(() => page.getByRole('main').textContent()).toContain('6.30 pm');
    expect(await page.getByText(/Start time not valid/).count()).toBe(0);
  });
});
