import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openChamber, type Chamber } from './support/browser';
import { poll } from './support/wait';

let open: Chamber | undefined;

async function agendaLines(page: Page): Promise<string[]> {
  return page
    .getByRole('list', { name: 'Agenda' })
    .locator(':scope > li')
    .evaluateAll((lis) => lis.map((li) => li.getAttribute('aria-label') ?? ''));
}

describe('the agenda builder from the keyboard', () => {
  it('reorders with the Move buttons and with the drag handle, keeps Part B after the exclusion item', async () => {
    open = await openChamber();
    const { page } = open;
    await page.getByRole('button', { name: 'New committee' }).click();
    await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Cabinet');
    await page.getByRole('combobox', { name: /^Name \(member 1\)/ }).fill('Ada Brown');
    await page.getByRole('button', { name: 'Save committee' }).click();
    await poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Cabinet');
    await page.getByLabel('Date').fill('2013-03-13');
    await page.getByRole('button', { name: 'Create meeting' }).click();
    await poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(
      'Cabinet: Wednesday 13 March 2013',
    );

    for (const title of ['Budget Monitoring', 'Housing Strategy']) {
      await page.getByLabel('Item title').fill(title);
      await page.getByRole('button', { name: 'Add item' }).click();
      await poll(async () => (await agendaLines(page)).some((line) => line.endsWith(title))).toBe(true);
    }
    await poll(() => agendaLines(page)).toContain('Item 7: Housing Strategy');

    // Move buttons, pressed with Enter: focus stays on the moved item's button.
    await page.getByRole('button', { name: 'Move item 7 up' }).focus();
    await page.keyboard.press('Enter');
    await poll(() => agendaLines(page)).toContain('Item 6: Housing Strategy');
    await poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      'Move item 6 up',
    );

    // The drag handle: Space picks up, arrow keys move, Space drops.
    await page.getByRole('button', { name: 'Reorder item 6, Housing Strategy' }).focus();
    // Each key waits for what a screen reader would announce of the last, as a blind clerk would.
    const announced = () =>
      page
        .locator('[aria-live]')
        .allTextContents()
        .then((texts) => texts.join(' '));
    await page.keyboard.press('Space');
    await poll(announced).toMatch(/Housing Strategy would move to number 6/);
    await page.keyboard.press('ArrowUp');
    await poll(announced).toMatch(/Housing Strategy would move to number 5/);
    await page.keyboard.press('ArrowUp');
    await poll(announced).toMatch(/Housing Strategy would move to number 4/);
    await page.keyboard.press('Space');
    await poll(() => agendaLines(page)).toContain('Item 4: Housing Strategy');
    expect((await agendaLines(page)).slice(0, 7)).toEqual([
      'Item 1: Apologies for Absence',
      'Item 2: Attendance by Substitute Members',
      'Item 3: Declarations of Interest',
      'Item 4: Housing Strategy',
      'Item 5: Minutes',
      'Item 6: Action List from the Previous Meeting',
      'Item 7: Budget Monitoring',
    ]);

    // Part B needs the paragraph and the reason, then goes after the exclusion item.
    await page.getByLabel('Item title').fill('Acquisition of Land at Station Road');
    await page.getByLabel('Part B (exempt)').check();
    await page.getByRole('button', { name: 'Add item' }).click();
    await poll(() => page.getByText('Choose the paragraph of Schedule 12A').count()).toBe(1);
    await page.getByLabel('Schedule 12A paragraph').selectOption('3');
    await page.getByLabel('Public-interest reason').fill('Negotiations with the landowner are continuing.');
    await page.getByRole('button', { name: 'Add item' }).click();
    await poll(() => agendaLines(page)).toContain('Item 10: Acquisition of Land at Station Road');
    expect((await agendaLines(page))[8]).toBe('Item 9: Exclusion of the Press and Public');

    await page.getByRole('button', { name: 'Move item 10 up' }).focus();
    await page.keyboard.press('Enter');
    await poll(() => page.getByRole('alert').textContent()).toContain(
      'must stay after "Exclusion of the Press and Public"',
    );
    expect((await agendaLines(page))[9]).toBe('Item 10: Acquisition of Land at Station Road');

    await page.screenshot({ path: 'tests/e2e/screenshots/agenda-keyboard.png', fullPage: true });
    await page.setViewportSize({ width: 640, height: 450 });
    await page.getByRole('button', { name: 'Details of item 10' }).click();
    await page.getByRole('button', { name: 'Details of item 10' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'tests/e2e/screenshots/agenda-details-200.png' });
  });
});
