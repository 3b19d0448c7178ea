import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../documents/support/libreoffice';
import { openChamber, type Chamber } from './support/browser';
import { focused } from './support/focus';
import { poll } from './support/wait';
import { download, screenshot } from './documents-support';

let chamber: Chamber | undefined;

const committee = 'Wrenmoor Planning Committee';

/** Keys a committee whose minutes number their paragraphs 2.1, 2.2, and a meeting of it; returns its address. */
async function keySubNumberedMeeting(page: Page): Promise<string> {
  const heading = () => page.getByRole('heading', { level: 1 }).textContent();
  await page.getByRole('button', { name: 'New committee' }).click();
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill(committee);
  await page.getByLabel('Type').selectOption({ label: 'Committee' });
  await page.getByLabel('Title (member 1)').fill('Councillor');
  await page.getByRole('combobox', { name: 'Name (member 1)' }).fill('Ada Brown');
  await page.getByLabel('Role (member 1)').selectOption({ label: 'Chair' });
  await page.getByRole('button', { name: 'Save committee' }).click();
  await poll(heading).toBe(committee);

  await page.getByRole('button', { name: 'Edit committee' }).click();
  await page
    .getByLabel('Numbered paragraphs within a minute')
    .selectOption({ label: 'Sub-numbers of the minute (2.1, 2.2)' });
  await page.getByRole('button', { name: 'Save changes' }).click();
  await poll(heading).toBe(committee);

  await page.getByLabel('Date').fill('2026-03-11');
  await page.getByLabel('Start time').fill('18:00');
  await page.getByLabel('Venue').fill('Council Chamber');
  await page.getByRole('button', { name: 'Create meeting' }).click();
  await poll(heading).toBe(`${committee}: Wednesday 11 March 2026`);
  return page.url();
}

/** The minute's text as the screen shows it: one line per paragraph, spaces run together. */
async function shownLines(minuteText: Locator): Promise<string[]> {
  const text = await minuteText.innerText();
  return text
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/**
 * Each numbered paragraph's number and whether it hangs: drawn left of where its paragraph's lines start, and the
 * text's first letter at that same edge, so a line that wraps runs on under the text, not under the number.
 */
async function hangingNumbers(minuteText: Locator): Promise<{ number: string; hangs: boolean }[]> {
  return minuteText.evaluate((editor) =>
    [...editor.querySelectorAll('li > p')].flatMap((paragraph) => {
      const number = paragraph.querySelector('.minute-paragraph-number');
      const text = [...paragraph.childNodes].find((node) => node.nodeType === Node.TEXT_NODE);
      if (!number || !text) return [];
      const letter = document.createRange();
      letter.setStart(text, 0);
      letter.setEnd(text, 1);
      const linesStart = paragraph.getBoundingClientRect().left;
      const numberBox = number.getBoundingClientRect();
      const hangs =
        numberBox.left < linesStart - 10 &&
        numberBox.right <= linesStart + 1 &&
        Math.abs(letter.getBoundingClientRect().left - linesStart) < 1;
      return [{ number: number.textContent?.trim() ?? '', hangs }];
    }),
  );
}

const expectedLines = [
  'The Committee considered the application.',
  '2.1 Members noted:',
  '(a) the officer’s report;',
  '(b) the late representations.',
  '2.2 The applicant’s agent spoke in support.',
  'The Committee then voted.',
];

describe('sub-numbered minutes, with lettered paragraphs inside', () => {
  it('shows 2.1, 2.2 and (a), (b) in the minute as typed live, and the Word minutes print them in place', async () => {
    chamber = await openChamber();
    const { page } = chamber;
    const meetingUrl = await keySubNumberedMeeting(page);

    await page.goto(`${meetingUrl.replace(/\/$/, '')}/live`);
    await page.getByRole('navigation', { name: 'Agenda' }).waitFor();
    await page.keyboard.press('Alt+N');
    await poll(() => focused(page)).toMatch(/^Minute 1: /);
    await page.keyboard.type('There were no apologies.');
    await page.keyboard.press('Alt+N');
    await poll(() => focused(page)).toMatch(/^Minute 2: /);
    const label = await focused(page);
    const minuteText = page.getByRole('textbox', { name: label, exact: true });
    const title = label.replace(/^Minute 2: /, '');

    // The clerk types a numbered list ("1. " starts one), Tab makes a list inside an item, Enter twice leaves it.
    await page.keyboard.type('The Committee considered the application.');
    await page.keyboard.press('Enter');
    await page.keyboard.type('1. Members noted:');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.type('the officer’s report;');
    await page.keyboard.press('Enter');
    await page.keyboard.type('the late representations.');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.type('The applicant’s agent spoke in support.');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.type('The Committee then voted.');
    await poll(() => minuteText.locator('ol ol li').count()).toBe(2);

    // What the screen shows is what prints, the numbers hanging in front of the text as in print.
    await poll(() => shownLines(minuteText)).toEqual(expectedLines);
    expect(await hangingNumbers(minuteText)).toEqual([
      { number: '2.1', hangs: true },
      { number: '(a)', hangs: true },
      { number: '(b)', hangs: true },
      { number: '2.2', hangs: true },
    ]);
    await screenshot(page, 'minute-sub-numbers-live');

    await page.goto(meetingUrl);
    await page.getByRole('tab', { name: 'Minutes' }).click();
    await page.getByText('Minute 2.').first().waitFor();
    await poll(() => shownLines(page.getByRole('textbox', { name: `Minute text for ${title}` }))).toEqual(
      expectedLines,
    );
    const printed = await renderDocx(
      await download(page, 'Save minutes (.docx)', 'minute-sub-numbers.docx'),
      'minute-sub-numbers.docx',
    );
    expect(printed.flatText).toContain(
      'The Committee considered the application. 2.1 Members noted: (a) the officer’s report; (b) the late representations. 2.2 The applicant’s agent spoke in support. The Committee then voted.',
    );
    // Each numbered paragraph starts its own line, the number in front of its text (a tab apart: it hangs).
    const layout = printed.pages.join('\n');
    for (const line of expectedLines) {
      const words = line.replace(/[.()]/g, '\\$&').replace(/ /g, '\\s+');
      expect(layout).toMatch(new RegExp(`\\n\\s*${words}\\s*\\n`));
    }
    expect(layout).toMatch(/\n\s*2\.1\s{3,}Members noted:/);
  });
});
