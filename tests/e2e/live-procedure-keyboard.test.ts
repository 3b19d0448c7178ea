import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { screenshot } from './documents-support';
import { openChamber, type Chamber } from './support/browser';
import { focused } from './support/focus';
import {
  everyonePresent,
  focusIsOn,
  keyProcedureMeeting,
  lookAtItem,
  poll,
  tabTo,
  takeItem,
} from './support/live-procedure';

let chamber: Chamber | undefined;

/** Keys pressed one after another, as the clerk presses them. */
async function press(page: Page, ...keys: string[]): Promise<void> {
  for (const key of keys) await page.keyboard.press(key);
}

/** A person or an option in a closed drop-down, moved to by the arrow key from the top of the list. */
async function pick(page: Page, label: RegExp, downs: number): Promise<void> {
  await focusIsOn(page, label);
  await press(page, 'Home', ...Array<string>(downs).fill('ArrowDown'));
}

/** Tab to a text box, wait for it to have the focus, then type (replacing what it holds). */
async function typeAt(page: Page, label: RegExp, text: string): Promise<void> {
  await tabTo(page, label);
  await press(page, 'Control+A');
  await page.keyboard.type(text);
}

/**
 * A member found in a person picker by typing part of the name; Enter picks the one name left and the focus moves
 * on to the next field.
 */
async function findPerson(page: Page, label: RegExp, part: string, next: RegExp): Promise<void> {
  await focusIsOn(page, label);
  await page.keyboard.type(part);
  await poll(() => page.getByRole('listbox').getByRole('option').count()).toBe(1);
  await press(page, 'Enter');
  await focusIsOn(page, next);
}

/** Members in the order the drop-downs list them, after "Choose…" or "Not recorded". */
const member = {
  thaya: 1,
  margaret: 2,
  susan: 3,
  rob: 4,
  steve: 5,
  genevieve: 6,
};

/** Step kinds in the order "Next step" lists them. */
const stepKind = {
  note: 0,
  pointOfOrder: 1,
  recordedVoteRequest: 2,
  adjournment: 3,
  nomination: 4,
  noOtherNominations: 5,
  ballot: 6,
  elected: 7,
  chairChange: 8,
};

/** Alt+G, choose the kind of step, fill it in, then Add to the minute: the focus is back on Next step. */
async function step(page: Page, kind: number, fill: () => Promise<void>): Promise<void> {
  await press(page, 'Alt+G');
  await pick(page, /^Next step/, kind);
  await fill();
  await tabTo(page, /^Add to the minute$/);
  await press(page, 'Enter');
  await poll(() => page.getByRole('form', { name: 'Record the next step' }).getByRole('alert').count()).toBe(
    0,
  );
  await focusIsOn(page, /^Next step/);
}

/** Counts typed into For and Against, then Record the vote, all from the vote's first field. */
async function voteCounts(page: Page, forVotes: number, against: number): Promise<void> {
  await focusIsOn(page, /^Counts/);
  await typeAt(page, /^For$/, String(forVotes));
  await typeAt(page, /^Against$/, String(against));
  await tabTo(page, /^Record the vote$/);
  await press(page, 'Enter');
}

const printed = (page: Page) => page.getByRole('list', { name: 'As it will print' });
const office = 'Chair of the Board for the ensuing year';

describe('every procedure of the running order is minuted with the keyboard alone', () => {
  it('records each step without the mouse, the focus landing where the clerk types next after each', async () => {
    chamber = await openChamber();
    const { page } = chamber;
    await keyProcedureMeeting(page, inject('baseUrl'));
    await everyonePresent(page);

    // Item 6: a motion, an amendment moved, seconded and carried, then the substantive motion as amended.
    await lookAtItem(page, 6);
    await takeItem(page);
    await press(page, 'Alt+O');
    await findPerson(page, /^Moved by/, 'davine', /^Seconded by/);
    await typeAt(page, /^Wording as moved/, 'That the Charter be adopted.');
    await press(page, 'Enter');
    await focusIsOn(page, /^Counts/);
    await press(page, 'Alt+O');
    await findPerson(page, /^Moved by/, 'porter', /^Seconded by/);
    await findPerson(page, /^Seconded by/, 'larkman', /^Amends/);
    await pick(page, /^Amends/, 1);
    await typeAt(page, /^Wording as moved/, 'Add: and reviewed by partners each year.');
    await press(page, 'Enter');
    await poll(() => page.getByRole('group', { name: 'Amendment 2' }).innerText()).toContain(
      'moved by Steve Porter, seconded by Rob Larkman',
    );
    await voteCounts(page, 4, 2);
    await poll(() => page.getByRole('group', { name: 'Amendment 2' }).innerText()).toContain('CARRIED');
    // The amendment carried: the clerk types the motion as amended straight away.
    await focusIsOn(page, /^The motion as amended/);
    await screenshot(page, 'live-procedure-keyboard-as-amended');
    await press(page, 'Control+A');
    await page.keyboard.type('That the Charter be adopted and reviewed by partners each year.');
    await press(page, 'Enter');
    await voteCounts(page, 5, 1);
    await poll(() => printed(page).innerText()).toContain('The substantive motion, as amended, was CARRIED.');
    await focusIsOn(page, /^Moved by/);

    // Item 7: a point of order and the ruling, a request for a recorded vote, an adjournment.
    await lookAtItem(page, 7);
    await takeItem(page);
    await step(page, stepKind.pointOfOrder, async () => {
      await press(page, 'Tab');
      await pick(page, /^Raised by/, member.susan);
      await typeAt(page, /^The point of order/, 'The amendment is not relevant to the item.');
      await typeAt(page, /^The Chair ruled/, 'The amendment was in order.');
    });
    await poll(() => printed(page).innerText()).toContain('The amendment was in order.');
    await step(page, stepKind.recordedVoteRequest, async () => {
      await press(page, 'Tab');
      await pick(page, /^Requested by/, member.thaya);
      await typeAt(page, /^Members supporting/, '5');
    });
    await poll(() => printed(page).innerText()).toContain(
      'Councillor Thaya Idaikkadar requested a recorded vote, supported by 5 members',
    );
    await step(page, stepKind.adjournment, async () => {
      await tabTo(page, /^Adjourned at/);
      await page.keyboard.type('1930');
      await tabTo(page, /^Resumed at/);
      await page.keyboard.type('1945');
      await typeAt(page, /^Why/, 'for members to read the tabled papers');
    });
    await poll(() => printed(page).innerText()).toMatch(
      /The meeting adjourned at 7\.30\s?pm for members to read the tabled papers and resumed at 7\.45\s?pm\./,
    );

    // Item 8: two nominations, no others, a contested election by show of hands, the resolution, a new chair.
    await lookAtItem(page, 8);
    await takeItem(page);
    await step(page, stepKind.nomination, async () => {
      await typeAt(page, /^Office/, office);
      await press(page, 'Tab');
      await pick(page, /^Nominated/, member.thaya);
      await press(page, 'Tab');
      await pick(page, /^Moved by/, member.margaret);
      await press(page, 'Tab');
      await pick(page, /^Seconded by/, member.susan);
    });
    // The next nomination starts as a nomination for the same office.
    await step(page, stepKind.nomination, async () => {
      await tabTo(page, /^Nominated/);
      await pick(page, /^Nominated/, member.susan);
      await press(page, 'Tab');
      await pick(page, /^Moved by/, member.rob);
      await press(page, 'Tab');
      await pick(page, /^Seconded by/, member.steve);
    });
    await step(page, stepKind.noOtherNominations, async () => undefined);
    await step(page, stepKind.ballot, async () => {
      await typeAt(page, /^Votes for Councillor Thaya Idaikkadar/, '4');
      await typeAt(page, /^Votes for Councillor Susan Hall/, '2');
    });
    await step(page, stepKind.elected, async () => {
      await tabTo(page, /^Elected/);
      await pick(page, /^Elected/, member.thaya);
    });
    await poll(() => printed(page).innerText()).toContain(
      `RESOLVED that Councillor Thaya Idaikkadar be elected ${office}.`,
    );
    await screenshot(page, 'live-procedure-keyboard-election');
    await step(page, stepKind.chairChange, async () => {
      await press(page, 'Tab');
      await pick(page, /^Took the Chair/, member.margaret);
    });
    await poll(() => printed(page).innerText()).toContain(
      'Councillor Margaret Davine took the Chair and presided from this point.',
    );

    // Item 9: the motion to exclude the press and public, reached from Alt+O, lost on a declared result.
    await lookAtItem(page, 9);
    await takeItem(page);
    await press(page, 'Alt+O');
    await focusIsOn(page, /^Moved by/);
    await tabTo(page, /^Exclusion moved by/);
    await pick(page, /^Exclusion moved by/, member.thaya);
    await press(page, 'Tab');
    await pick(page, /^Exclusion seconded by/, member.genevieve);
    await tabTo(page, /^Move the exclusion of the press and public$/);
    await press(page, 'Enter');
    await focusIsOn(page, /^Counts/);
    await press(page, 'ArrowRight', 'ArrowRight');
    await focusIsOn(page, /^Result only/);
    await press(page, 'Tab');
    await pick(page, /^The Chair declared the motion/, 1);
    await tabTo(page, /^Record the vote$/);
    await press(page, 'Enter');
    await poll(() => printed(page).innerText()).toContain(
      'On being put to the vote the motion was clearly LOST.',
    );
    await focusIsOn(page, /^Moved by/);
    // Nothing fell to the page on the way.
    expect(await focused(page)).not.toBe('');
  });
});
