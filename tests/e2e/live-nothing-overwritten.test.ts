import { mkdir } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openChamber, type Chamber } from './support/browser';
import { keyBoardMeeting } from './support/live-meeting';
import { poll } from './support/wait';

let chamber: Chamber | undefined;

async function focusedLabel(page: Page): Promise<string> {
  return page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null;
    if (!active || active === document.body) return '';
    return (
      active.getAttribute('aria-label') ??
      (active as HTMLInputElement).labels?.[0]?.textContent ??
      active.textContent ??
      ''
    );
  });
}

async function openLive(page: Page): Promise<void> {
  const url = await keyBoardMeeting(page, inject('baseUrl'));
  await page.goto(`${url.replace(/\/$/, '')}/live`);
  await page.getByRole('navigation', { name: 'Agenda' }).waitFor();
}

const resolutionBox = (page: Page) => page.getByRole('textbox', { name: /^Resolution for / });

/** Alt+R lands on the wording; Tab to the resolution's own box, then type. */
async function typeResolution(page: Page, text: string): Promise<void> {
  await page.keyboard.press('Alt+R');
  await poll(() => focusedLabel(page)).toMatch(/^Wording/);
  await page.keyboard.press('Tab');
  await poll(() => focusedLabel(page)).toMatch(/^Resolution for/);
  await page.keyboard.press('Control+End');
  await page.keyboard.type(text);
}

describe('the live screen never writes one item’s words over another’s', () => {
  it('keeps each item’s resolution its own when the clerk moves between items by mouse or keyboard', async () => {
    chamber = await openChamber();
    const { page } = chamber;
    await openLive(page);

    await page.keyboard.press('Alt+N');
    await poll(() => focusedLabel(page)).toBe('Minute 1: Apologies for Absence');
    await typeResolution(page, 'That the apologies be noted.');
    await page.keyboard.press('Alt+N');
    await poll(() => focusedLabel(page)).toBe('Minute 2: Attendance by Substitute Members');
    await typeResolution(page, 'That the substitutes be noted.');

    // Click the first item, then the second: each shows its own resolution, every time.
    const rail = page.getByRole('navigation', { name: 'Agenda' });
    for (let round = 0; round < 3; round += 1) {
      await rail.getByRole('button', { name: /Apologies for Absence/ }).click();
      await poll(() => resolutionBox(page).inputValue()).toBe('That the apologies be noted.');
      await rail.getByRole('button', { name: /Attendance by Substitute Members/ }).click();
      await poll(() => resolutionBox(page).inputValue()).toBe('That the substitutes be noted.');
    }
    // The label names the item whose resolution it is.
    expect(await page.getByLabel('Resolution for Attendance by Substitute Members').count()).toBe(1);

    // Alt+Up then Alt+R, and type on: the words go to the first item's resolution only.
    await page.keyboard.press('Alt+ArrowUp');
    await poll(() => page.getByLabel('Resolution for Apologies for Absence').count()).toBe(1);
    await typeResolution(page, ' Members wished Rob a speedy recovery.');
    await poll(() => resolutionBox(page).inputValue()).toBe(
      'That the apologies be noted. Members wished Rob a speedy recovery.',
    );

    // Away and back: the box is read afresh from what is stored.
    await page.keyboard.press('Alt+ArrowDown');
    await poll(() => page.getByLabel('Resolution for Attendance by Substitute Members').inputValue()).toBe(
      'That the substitutes be noted.',
    );
    await page.keyboard.press('Alt+ArrowUp');
    await poll(() => page.getByLabel('Resolution for Apologies for Absence').inputValue()).toBe(
      'That the apologies be noted. Members wished Rob a speedy recovery.',
    );

    // What is stored is what the clerk saw: a fresh load of the screen shows each item's own words.
    await page.reload();
    await page.getByRole('navigation', { name: 'Agenda' }).waitFor();
    await page
      .getByRole('navigation', { name: 'Agenda' })
      .getByRole('button', { name: /Attendance by Substitute Members/ })
      .click();
    await poll(() => page.getByLabel('Resolution for Attendance by Substitute Members').inputValue()).toBe(
      'That the substitutes be noted.',
    );
    await page
      .getByRole('navigation', { name: 'Agenda' })
      .getByRole('button', { name: /Apologies for Absence/ })
      .click();
    await poll(() => page.getByLabel('Resolution for Apologies for Absence').inputValue()).toBe(
      'That the apologies be noted. Members wished Rob a speedy recovery.',
    );
  });

  it('keeps every key typed straight after Alt+N, in order, in the new item’s minute', async () => {
    chamber = await openChamber();
    const { page } = chamber;
    await openLive(page);
    const titles = [
      'Apologies for Absence',
      'Attendance by Substitute Members',
      'Declarations of Interest',
      'Minutes',
      'Action List from the Previous Meeting',
    ];
    for (const [index, title] of titles.entries()) {
      const words = `Item ${index + 1} words typed at once.`;
      // No wait between the shortcut and the words: the clerk does not wait for the screen.
      await page.keyboard.press('Alt+N');
      await page.keyboard.type(words);
      const minute = page.getByRole('textbox', { name: `Minute ${index + 1}: ${title}` });
      await poll(() => minute.innerText()).toBe(words);
    }
  });

  it('lets only one window minute an item: the second shows it read-only, live, and takes over when the first lets go', async () => {
    chamber = await openChamber();
    const first = chamber.page;
    await openLive(first);
    const liveUrl = first.url();
    await first.keyboard.press('Alt+N');
    const minuteIn = (page: Page) => page.getByRole('textbox', { name: 'Minute 1: Apologies for Absence' });
    await poll(() => focusedLabel(first)).toBe('Minute 1: Apologies for Absence');
    await first.keyboard.type('Apologies were received from Rob Larkman.');

    const second = await chamber.context.newPage();
    await second.goto(liveUrl);
    await second.getByText('Open in another Chamber window').waitFor();
    await poll(() => minuteIn(second).innerText()).toBe('Apologies were received from Rob Larkman.');
    expect(await minuteIn(second).getAttribute('aria-readonly')).toBe('true');
    await mkdir('.test-results/screens', { recursive: true });
    await second.screenshot({ path: '.test-results/screens/live-open-elsewhere.png' });
    // Typing in the second window changes nothing; the first window's words keep arriving there.
    await minuteIn(second).focus();
    await second.keyboard.type('LOST WORDS');
    await first.keyboard.type(' Councillor Hall sent apologies.');
    await poll(() => minuteIn(second).innerText()).toBe(
      'Apologies were received from Rob Larkman. Councillor Hall sent apologies.',
    );

    // The first window moves on: the second takes the item, with every word the first stored.
    await first.close();
    await poll(() => second.getByText('Open in another Chamber window').count()).toBe(0);
    const editor = minuteIn(second);
    await poll(() => editor.innerText()).toBe(
      'Apologies were received from Rob Larkman. Councillor Hall sent apologies.',
    );
    await editor.click();
    await second.keyboard.press('Control+End');
    await second.keyboard.type(' Both were noted.');
    await poll(() => editor.innerText()).toBe(
      'Apologies were received from Rob Larkman. Councillor Hall sent apologies. Both were noted.',
    );
    // Away and back, then a fresh load: every window's words are stored.
    await second.keyboard.press('Alt+ArrowDown');
    await second.keyboard.press('Alt+ArrowUp');
    await poll(() => minuteIn(second).innerText()).toBe(
      'Apologies were received from Rob Larkman. Councillor Hall sent apologies. Both were noted.',
    );
    await second.reload();
    await poll(() => minuteIn(second).innerText()).toBe(
      'Apologies were received from Rob Larkman. Councillor Hall sent apologies. Both were noted.',
    );
    chamber.page = second;
  });

  it('keeps the Minutes tab read-only while the live screen in another window minutes the item', async () => {
    chamber = await openChamber();
    const first = chamber.page;
    const meetingUrl = await keyBoardMeeting(first, inject('baseUrl'));
    await first.goto(`${meetingUrl.replace(/\/$/, '')}/live`);
    await first.getByRole('navigation', { name: 'Agenda' }).waitFor();
    await first.keyboard.press('Alt+N');
    await poll(() => focusedLabel(first)).toBe('Minute 1: Apologies for Absence');
    await first.keyboard.type('Apologies were received from Rob Larkman.');

    const second = await chamber.context.newPage();
    await second.goto(meetingUrl);
    await second.getByRole('tab', { name: 'Minutes' }).click();
    await second.getByText('Open in another Chamber window').waitFor();
    const shown = second.getByRole('textbox', { name: 'Minute text for Apologies for Absence' });
    await poll(() => shown.innerText()).toBe('Apologies were received from Rob Larkman.');
    expect(await shown.getAttribute('aria-readonly')).toBe('true');
    await first.keyboard.type(' Councillor Hall sent apologies.');
    await poll(() => shown.innerText()).toBe(
      'Apologies were received from Rob Larkman. Councillor Hall sent apologies.',
    );

    // The live screen moves on: the Minutes tab can edit, starting from every stored word.
    await first.close();
    const editable = second.getByRole('textbox', { name: 'Minute text for Apologies for Absence' });
    await poll(() => editable.getAttribute('aria-readonly')).toBe('false');
    expect(await editable.innerText()).toBe(
      'Apologies were received from Rob Larkman. Councillor Hall sent apologies.',
    );
    chamber.page = second;
  });
});
