import type { Locator, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openChamber, type Chamber } from './support/browser';
import {
  amendmentCarried,
  choosePerson,
  everyonePresent,
  keyProcedureMeeting,
  lookAtItem,
  poll,
  procedureFields,
  stepKinds,
  takeItem,
} from './support/live-procedure';

let chamber: Chamber | undefined;

/** Put the caret at the end of a box once it has the focus, and type there, as the clerk does. */
async function typeAtEnd(page: Page, box: Locator, text: string): Promise<void> {
  await box.focus();
  await poll(() => box.evaluate((node) => node === document.activeElement)).toBe(true);
  await page.keyboard.press('End');
  const before = await box.inputValue();
  await page.keyboard.type(text);
  await poll(() => box.inputValue()).toBe(before + text);
}

/** What each item's half-typed fields hold: the same fields, each item its own words. */
const words = (item: 'three' | 'four') => ({
  point: `Item ${item}: the report was`,
  ruling: `Item ${item}: in order, as`,
  office: `Item ${item} Vice-Chair`,
  reason: `Item ${item}: to read`,
  exclusionReason: `Item ${item}: the prices`,
  asAmended: ` (item ${item}, as amend`,
});

/** Half-type each new field of the item in front; each shows what was typed before the next is begun. */
async function halfType(page: Page, item: 'three' | 'four', member: string, barItem: string) {
  const field = procedureFields(page);
  const typed = words(item);
  await choosePerson(field.barMember, member);
  await field.barItem.selectOption({ label: barItem });
  await field.stepKind.selectOption({ label: stepKinds.pointOfOrder });
  await typeAtEnd(page, field.point, typed.point);
  await typeAtEnd(page, field.ruling, typed.ruling);
  await field.stepKind.selectOption({ label: stepKinds.adjournment });
  await typeAtEnd(page, field.reason, typed.reason);
  await field.stepKind.selectOption({ label: stepKinds.nomination });
  await typeAtEnd(page, field.office, typed.office);
  await field.exclusionReason.focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await typeAtEnd(page, field.exclusionReason, typed.exclusionReason);
  await typeAtEnd(page, field.asAmended, typed.asAmended);
}

/** Every field of the item in front holds its own item's words, and nothing of the other item's. */
async function holdsItsOwn(
  page: Page,
  item: 'three' | 'four',
  motion: string,
  member: string,
  pointTypedOn = '',
) {
  const field = procedureFields(page);
  const typed = words(item);
  const other = item === 'three' ? 'four' : 'three';
  await poll(() => field.barMember.inputValue()).toBe(member);
  await poll(() => field.stepKind.inputValue()).toBe('nomination');
  await poll(() => field.office.inputValue()).toBe(typed.office);
  await poll(() => field.exclusionReason.inputValue()).toBe(typed.exclusionReason);
  await poll(() => field.asAmended.inputValue()).toBe(motion + typed.asAmended);
  await field.stepKind.selectOption({ label: stepKinds.adjournment });
  await poll(() => field.reason.inputValue()).toBe(typed.reason);
  await field.stepKind.selectOption({ label: stepKinds.pointOfOrder });
  await poll(() => field.point.inputValue()).toBe(typed.point + pointTypedOn);
  await poll(() => field.ruling.inputValue()).toBe(typed.ruling);
  await field.stepKind.selectOption({ label: stepKinds.nomination });
  const everything = await page
    .locator('main article')
    .evaluate((article) =>
      [...article.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')]
        .map((box) => box.value)
        .join('\n'),
    );
  expect(everything).not.toContain(`Item ${other}`);
  expect(everything).not.toContain(`item ${other}`);
}

describe('the running order, motions and Minutes item of one item never take another item’s words', () => {
  it('keeps each item’s half-typed fields its own when the clerk moves between items by keyboard', async () => {
    chamber = await openChamber();
    const { page } = chamber;
    await keyProcedureMeeting(page, inject('baseUrl'), true);
    await everyonePresent(page);
    const motion3 = 'That the declarations be noted.';
    const motion4 = 'That the minutes be approved.';
    await lookAtItem(page, 3);
    await takeItem(page);
    await amendmentCarried(page, motion3);
    await lookAtItem(page, 4);
    await takeItem(page);
    await amendmentCarried(page, motion4);
    const presented = page.getByRole('checkbox', { name: 'Harrow Partnership Board, 8 November 2012' });
    await presented.check();
    await poll(() => presented.isChecked()).toBe(true);

    // Item 3, half typed; then Alt+↓ to item 4, whose fields are still its own (blank, or as moved).
    await lookAtItem(page, 3);
    await halfType(page, 'three', 'Councillor Susan Hall', '7. Council Budget');
    await lookAtItem(page, 4);
    const field = procedureFields(page);
    await poll(() => field.asAmended.inputValue()).toBe(motion4);
    expect(await field.stepKind.inputValue()).toBe('note');
    expect(await field.barMember.inputValue()).toBe('');
    expect(await field.exclusionReason.inputValue()).toBe('The figures are commercially sensitive.');

    // Item 4, half typed, the approval's amendment too; then back to item 3 and forth again.
    await halfType(page, 'four', 'Rob Larkman', '6. Harrow Community Cohesion and Integration Charter');
    await field.decision.check();
    await typeAtEnd(page, field.original, 'Item four: seven');
    await typeAtEnd(page, field.corrected, 'Item four: six');
    await lookAtItem(page, 3);
    await holdsItsOwn(page, 'three', motion3, 'Councillor Susan Hall');
    expect(await page.getByRole('form', { name: 'Approval of the minutes' }).count()).toBe(0);

    // The clerk finishes a field on item 3, goes to item 4: item 4's words are as they were.
    await field.stepKind.selectOption({ label: stepKinds.pointOfOrder });
    await typeAtEnd(page, field.point, ' not circulated.');
    await field.stepKind.selectOption({ label: stepKinds.nomination });
    await lookAtItem(page, 4);
    await lookAtItem(page, 3);
    await holdsItsOwn(page, 'three', motion3, 'Councillor Susan Hall', ' not circulated.');
    await lookAtItem(page, 4);
    await holdsItsOwn(page, 'four', motion4, 'Rob Larkman');
    await poll(() => field.original.inputValue()).toBe('Item four: seven');
    await poll(() => field.corrected.inputValue()).toBe('Item four: six');

    // And after a reload, each item still shows its own words.
    await page.reload();
    await page.getByRole('textbox', { name: /^Minute \d+: Minutes$/ }).waitFor();
    await holdsItsOwn(page, 'four', motion4, 'Rob Larkman');
    await lookAtItem(page, 3);
    await holdsItsOwn(page, 'three', motion3, 'Councillor Susan Hall', ' not circulated.');
  });
});
