import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { flatten, renderDocx } from '../documents/support/libreoffice';
import { openChamber, type Chamber } from './support/browser';
import { download, keyCommitteeAndMeeting, screenshot } from './documents-support';

let open: Chamber | undefined;

const committee = 'Wrenmoor Licensing Committee';
const draft = 'DRAFT - subject to approval';
const wait = { timeout: 15_000 };

/** From a meeting's page, key the committee's next meeting through the committee page. */
async function keyMeeting(page: Page, date: string): Promise<string> {
  await page.getByRole('link', { name: committee, exact: true }).first().click();
  // Exact: the meeting page's own heading starts with the committee's name, and matched before the click landed.
  await page.getByRole('heading', { level: 1, name: committee, exact: true }).waitFor();
  await page.getByLabel('Date').fill(date);
  await page.getByLabel('Start time').fill('18:30');
  await page.getByRole('button', { name: 'Create meeting' }).click();
  await page.getByRole('tab', { name: 'Papers' }).waitFor();
  return page.url();
}

/** Take the apologies item on the Minutes tab and type its minute in the rich-text editor, a list and all. */
async function minuteApologies(page: Page, lines: { intro: string; bullets: string[] }): Promise<void> {
  await page.getByRole('tab', { name: 'Minutes' }).click();
  await page.getByRole('button', { name: 'Take item 1', exact: true }).click();
  const editor = page.getByRole('textbox', { name: 'Minute text for Apologies for Absence' });
  await editor.click();
  await page.keyboard.type(lines.intro);
  await page.keyboard.press('Enter');
  await expect.poll(() => editor.locator('p').count(), wait).toBe(2);
  await page
    .getByRole('region', { name: /^Item 1:/ })
    .getByRole('button', { name: 'Bullets' })
    .click();
  // Type only once the list is drawn: the editor has the focus back and the new line is a bullet.
  await expect.poll(() => editor.locator('li').count(), wait).toBe(1);
  await page.keyboard.type(lines.bullets.join('\n'));
  await expect.poll(() => editor.locator('li').count(), wait).toBe(lines.bullets.length);
}

describe('the previous meetings’ minutes: presented, approved with amendments, signed and corrected', () => {
  it('goes from a draft in the pack to locked approved minutes, corrected only with a reason', async () => {
    open = await openChamber();
    const { page } = open;
    const ordinaryUrl = await keyCommitteeAndMeeting(page); // 11 March 2026
    await minuteApologies(page, {
      intro: 'Apologies were received from:',
      bullets: ['Councillor Smyth', 'Councillor Jones'],
    });
    await keyMeeting(page, '2026-03-25'); // a special meeting
    await minuteApologies(page, {
      intro: 'The Chair welcomed the public.',
      bullets: ['No apologies were received'],
    });
    const nextUrl = await keyMeeting(page, '2026-04-08');

    // The Minutes item presents the meeting before (the special one); the clerk ticks the ordinary one too.
    await page.getByRole('tab', { name: 'Minutes' }).click();
    const presented = page.getByRole('region', { name: 'Minutes presented at item Minutes' });
    const ordinary = presented.getByRole('checkbox', { name: `${committee}, 11 March 2026` });
    const special = presented.getByRole('checkbox', { name: `${committee}, 25 March 2026` });
    await expect.poll(() => special.isChecked(), wait).toBe(true);
    await ordinary.click();
    await expect.poll(() => ordinary.isChecked(), wait).toBe(true);
    await screenshot(page, 'previous-minutes-presented');

    // The pack carries both, marked DRAFT on every page they fill.
    await page.getByRole('tab', { name: 'Papers' }).click();
    const draftPack = await renderDocx(
      await download(page, 'Save agenda pack (.docx)', 'previous-minutes-draft-pack.docx'),
      'previous-minutes-draft-pack.docx',
    );
    expect(draftPack.flatText).toContain('Councillor Smyth');
    expect(draftPack.flatText).toContain('The Chair welcomed the public.');
    const withMinutes = draftPack.pages.filter(
      (text) =>
        text.includes('Apologies were received from:') || text.includes('The Chair welcomed the public.'),
    );
    expect(withMinutes).toHaveLength(2);
    for (const text of withMinutes) expect(text).toContain(draft);
    // The ordinary meeting's minutes come first, as ticked in date order.
    expect(draftPack.flatText.indexOf('Councillor Smyth')).toBeLessThan(
      draftPack.flatText.indexOf('The Chair welcomed the public.'),
    );

    // At the meeting (the live screen) the minutes are approved subject to two amendments, one in each.
    await page.goto(`${nextUrl.replace(/\/$/, '')}/live`);
    await page
      .getByRole('navigation', { name: 'Agenda' })
      .getByRole('button', { name: /^4\.\s*Minutes/ })
      .click();
    const live = page.getByRole('region', { name: 'Minutes presented for approval' });
    const approval = live.getByRole('form', { name: 'Approval of the minutes' });
    await approval.getByRole('radio', { name: /subject to the following amendments/ }).check();
    await approval.getByLabel('Amendment 1: minute').selectOption({ index: 0 });
    await approval.getByLabel('Amendment 1: words to change').fill('Councillor Smyth');
    await approval.getByLabel('Amendment 1: corrected words').fill('Councillor Smith');
    await approval.getByRole('button', { name: 'Add an amendment' }).click();
    await approval.getByLabel('Amendment 2: minute').selectOption({ index: 1 });
    await approval.getByLabel('Amendment 2: words to change').fill('the public');
    await approval.getByLabel('Amendment 2: corrected words').fill('residents and the press');
    await screenshot(page, 'previous-minutes-approval-live');
    await approval.getByRole('button', { name: 'Record the approval' }).click();
    await live.getByRole('list', { name: 'Amendments made' }).waitFor(wait);

    // The meeting screen shows the approval on the item, each amendment listed.
    await page.goto(nextUrl);
    await page.getByRole('tab', { name: 'Minutes' }).click();
    const made = presented.getByRole('list', { name: 'Amendments made' });
    await made.waitFor(wait);
    expect(await made.innerText()).toContain('“Councillor Smyth” amended to read “Councillor Smith”');
    expect(await made.innerText()).toContain('“the public” amended to read “residents and the press”');
    await screenshot(page, 'previous-minutes-approved');

    // The next pack carries the approved text, amendments made, without DRAFT.
    await page.getByRole('tab', { name: 'Papers' }).click();
    const approvedPack = await renderDocx(
      await download(page, 'Save agenda pack (.docx)', 'previous-minutes-approved-pack.docx'),
      'previous-minutes-approved-pack.docx',
    );
    expect(approvedPack.flatText).toContain(
      'Apologies were received from: • Councillor Smith • Councillor Jones',
    );
    expect(approvedPack.flatText).not.toContain('• Councillor Smyth');
    expect(approvedPack.flatText).toContain('The Chair welcomed residents and the press.');
    expect(approvedPack.flatText).not.toContain(draft);
    expect(approvedPack.flatText).toContain('“Councillor Smyth” amended to read “Councillor Smith”');

    // The ordinary meeting's minutes are locked in the live screen: the minute read-only, a reason asked for.
    await page.goto(`${ordinaryUrl.replace(/\/$/, '')}/live`);
    await page
      .getByRole('navigation', { name: 'Agenda' })
      .getByRole('button', { name: /^1\.\s*Apologies for Absence/ })
      .click();
    const liveMinute = page.getByRole('textbox', { name: 'Minute 1: Apologies for Absence' });
    await expect.poll(() => liveMinute.getAttribute('aria-readonly'), wait).toBe('true');
    await page.getByRole('form', { name: 'Correct signed minute 1' }).waitFor(wait);
    await screenshot(page, 'previous-minutes-signed-live');

    // And in the Minutes tab: read-only, with the list kept, until the clerk gives a reason.
    await page.goto(ordinaryUrl);
    await page.getByRole('tab', { name: 'Minutes' }).click();
    const editor = page.getByRole('textbox', { name: 'Minute text for Apologies for Absence' });
    await expect.poll(() => editor.getAttribute('aria-readonly'), wait).toBe('true');
    expect(await editor.locator('li').allInnerTexts()).toEqual(['Councillor Smith', 'Councillor Jones']);
    await editor.click();
    await page.keyboard.type('TYPED WHILE SIGNED');
    expect(await editor.innerText()).not.toContain('TYPED WHILE SIGNED');
    const correct = page.getByRole('form', { name: /^Correct signed minute/ });
    await correct.getByRole('button', { name: /^Correct minute/ }).click();
    await correct.getByText('Say why a signed minute is being changed').waitFor(wait);
    await correct
      .getByLabel(/^Reason for correcting minute/)
      .fill('Councillor Jones had sent apologies late');
    await correct.getByRole('button', { name: /^Correct minute/ }).click();
    await expect.poll(() => editor.getAttribute('aria-readonly'), wait).toBe('false');
    await editor.locator('li').last().click();
    await page.keyboard.press('End');
    await page.keyboard.type(' (late apologies)');
    await expect
      .poll(() => editor.locator('li').last().innerText(), wait)
      .toBe('Councillor Jones (late apologies)');
    await screenshot(page, 'previous-minutes-corrected');

    // Stored as typed: the Minutes tab opened afresh shows it, signed and read-only again.
    await page.getByRole('tab', { name: 'Agenda' }).click();
    await page.getByRole('tab', { name: 'Minutes' }).click();
    await expect
      .poll(() => editor.locator('li').last().innerText(), wait)
      .toBe('Councillor Jones (late apologies)');
    expect(await editor.getAttribute('aria-readonly')).toBe('true');

    // The minutes' history prints the amendment and the correction with its reason.
    const minutes = await renderDocx(
      await download(page, 'Save minutes (.docx)', 'previous-minutes-corrected.docx'),
      'previous-minutes-corrected.docx',
    );
    const history = flatten(minutes.flatText);
    expect(history).toContain('Councillor Jones (late apologies)');
    expect(history).not.toContain(draft);
    expect(history).toContain('History of these minutes');
    expect(history).toMatch(
      /amended when the minutes were approved on 8 April 2026: “Councillor Smyth” amended to read “Councillor Smith”/,
    );
    expect(history).toMatch(/corrected on \d{1,2} \w+ \d{4}: Councillor Jones had sent apologies late/);
  });
});
