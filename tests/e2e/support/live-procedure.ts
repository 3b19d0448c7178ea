import type { Locator, Page } from 'playwright-core';
import { addItem } from '../documents-support';
import { focused } from './focus';
import { field, keyBoardMeeting } from './live-meeting';

import { poll } from './wait';

export { poll };

/** Wait until the focus is on the field so labelled (never type before: a loaded machine draws late). */
export async function focusIsOn(page: Page, label: RegExp): Promise<void> {
  await poll(() => focused(page)).toMatch(label);
}

/** Press Tab until the field so labelled has the focus (a time box takes a Tab per part). */
export async function tabTo(page: Page, label: RegExp, key = 'Tab'): Promise<void> {
  for (let tries = 0; tries < 40; tries += 1) {
    if (label.test(await focused(page))) return;
    await page.keyboard.press(key);
  }
  throw new Error(`${key} never reached ${label}; the focus is on “${await focused(page)}”`);
}

/**
 * The Harrow board's meeting of 6 December 2012 with a Part B item (so the exclusion motion can be moved), and,
 * when asked, the board's meeting of 8 November 2012 minuted, so the December Minutes item has minutes to
 * present. Returns the December meeting's live screen's address, opened.
 */
export async function keyProcedureMeeting(page: Page, baseUrl: string, earlier = false): Promise<string> {
  const meetingUrl = await keyBoardMeeting(page, baseUrl);
  await addItem(page, 'Leisure Contract', 'Tender evaluation.', true);
  const liveUrl = `${meetingUrl.replace(/\/$/, '')}/live`;
  if (earlier) {
    await page.getByRole('link', { name: 'Harrow Partnership Board', exact: true }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Harrow Partnership Board' }).waitFor();
    await field(page, 'Date').fill('2012-11-08');
    await field(page, 'Start time').fill('18:00');
    await page.getByRole('button', { name: 'Create meeting' }).press('Enter');
    await page.getByRole('tab', { name: 'Agenda' }).waitFor();
    await page.goto(`${page.url().replace(/\/$/, '')}/live`);
    await page.getByRole('navigation', { name: 'Agenda' }).waitFor();
    await page.keyboard.press('Alt+N');
    const minute = page.getByRole('textbox', { name: /^Minute 1: Apologies for Absence/ });
    await poll(() => minute.evaluate((node) => node === document.activeElement)).toBe(true);
    await page.keyboard.type('Apologies were received from Councillor Susan Hall.');
    await poll(() => minute.innerText()).toContain('Councillor Susan Hall.');
  }
  await page.goto(liveUrl);
  await page.getByRole('navigation', { name: 'Agenda' }).waitFor();
  return liveUrl;
}

/** The roll call by keyboard: all six members present. */
export async function everyonePresent(page: Page): Promise<void> {
  await page.keyboard.press('Alt+A');
  await focusIsOn(page, /^Councillor Thaya Idaikkadar/);
  for (let member = 0; member < 6; member += 1) {
    if (member > 0) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('p');
  }
  await poll(() => page.getByRole('status', { name: 'Quorum' }).innerText()).toBe(
    'Quorate: 6 present, 4 needed',
  );
}

/** Look at agenda item `number` (Alt+↓ / Alt+↑, one item at a time, each drawn before the next key). */
export async function lookAtItem(page: Page, number: number): Promise<void> {
  const current = async () =>
    Number(/^Item (\d+):/.exec((await page.locator('main article').getAttribute('aria-label')) ?? '')?.[1]);
  for (let tries = 0; tries < 20; tries += 1) {
    const now = await current();
    if (now === number) return;
    await page.keyboard.press(now < number ? 'Alt+ArrowDown' : 'Alt+ArrowUp');
    await poll(current).not.toBe(now);
  }
  throw new Error(`Alt+↓ and Alt+↑ never reached item ${number}`);
}

/** Take the item in front (Alt+T): its minute opens with the focus in it. */
export async function takeItem(page: Page): Promise<void> {
  await page.keyboard.press('Alt+T');
  await focusIsOn(page, /^Minute \d+:/);
}

/** A motion and an amendment to it, carried 4 to 2: the motion's wording as amended is then typed. */
export async function amendmentCarried(page: Page, motion: string): Promise<void> {
  const moveForm = page.getByRole('form', { name: 'Move a motion' });
  await moveForm.getByLabel('Wording as moved').fill(motion);
  await moveForm.getByLabel('Wording as moved').press('Enter');
  await page.getByRole('group', { name: 'Motion 1' }).waitFor();
  await moveForm.getByLabel('Amends').selectOption({ index: 1 });
  await moveForm.getByLabel('Wording as moved').fill('Add: with the correction agreed.');
  await moveForm.getByLabel('Wording as moved').press('Enter');
  const amendment = page.getByRole('group', { name: 'Amendment 2' });
  await amendment.getByRole('spinbutton', { name: 'For' }).fill('4');
  await amendment.getByRole('spinbutton', { name: 'Against' }).fill('2');
  await amendment.getByRole('spinbutton', { name: 'Against' }).press('Tab');
  await amendment.getByRole('button', { name: 'Record the vote' }).click();
  await poll(() => amendment.innerText()).toContain('CARRIED');
}

/** The fields of the running order, the motions and the Minutes item, found the same way before and after. */
export const procedureFields = (page: Page) => {
  const steps = page.getByRole('form', { name: 'Record the next step' });
  const bar = page.getByRole('form', { name: 'Record a member barred from voting' });
  const approval = page.getByRole('form', { name: 'Approval of the minutes' });
  return {
    barMember: bar.getByLabel('Member'),
    barItem: bar.getByLabel('On item'),
    stepKind: steps.getByLabel('Next step'),
    paragraph: steps.getByLabel('Paragraph'),
    point: steps.getByLabel('The point of order'),
    ruling: steps.getByLabel('The Chair ruled'),
    reason: steps.getByLabel('Why (optional)'),
    office: steps.getByLabel(/^Office/),
    exclusionReason: page
      .getByRole('form', { name: 'Move to exclude the press and public' })
      .getByLabel('Public interest reason'),
    asAmended: page.getByLabel('The motion as amended (put to the vote)'),
    decision: approval.getByRole('radio', { name: /subject to the following amendments/ }),
    original: approval.getByLabel('Amendment 1: words to change, as the draft prints them'),
    corrected: approval.getByLabel('Amendment 1: corrected words'),
  };
};

/**
 * A person chosen in a person picker (a search over people) as the clerk does it: the name typed, then Enter
 * once it is the one name offered (or a click on it, `by` the mouse). The box then shows the name.
 */
export async function choosePerson(
  box: Locator,
  name: string,
  by: 'keyboard' | 'mouse' = 'keyboard',
): Promise<void> {
  // Typed key by key, as the list opens on keys typed (not on a value set at once).
  await box.fill('');
  await box.pressSequentially(name);
  const list = box.page().getByRole('listbox');
  if (by === 'keyboard') {
    await poll(() => list.getByRole('option').count()).toBe(1);
    await box.press('Enter');
  } else {
    await list.getByRole('option', { name: new RegExp(`^${name}`) }).click();
  }
  await poll(() => box.inputValue()).toBe(name);
}

/** Kinds of step, as "Next step" lists them. */
export const stepKinds = {
  note: 'A paragraph',
  pointOfOrder: 'Point of order and the Chair’s ruling',
  adjournment: 'Adjournment',
  nomination: 'Nomination',
};

/** Choose a person in the picker so labelled in `form`: the name typed, then a click on it in the list. */
export async function pickPerson(form: Locator, label: string, name: string): Promise<void> {
  await choosePerson(form.getByRole('combobox', { name: label }), name, 'mouse');
}
