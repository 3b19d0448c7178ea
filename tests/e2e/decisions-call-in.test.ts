import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../documents/support/libreoffice';
import { appUrl, openChamber, type Chamber } from './support/browser';
import { addItem, download, keyCommitteeAndMeeting, screenshot } from './documents-support';
import {
  copyPublishedFolder,
  resolveAs,
  seriousProblems,
  takeNextItem,
  withPickableFolder,
} from './publishing-support';
import { poll } from './support/wait';

let open: Chamber | undefined;

/** The laptop's clock, fixed: the call-in period and the forward plan's notice are counted from "today". */
async function today(page: Page, when: string): Promise<void> {
  await page.clock.setFixedTime(new Date(when));
}

/** Publish the meeting's minutes from its Papers tab and copy the published folder out of the browser. */
async function publishMinutes(page: Page, meetingUrl: string) {
  await page.goto(meetingUrl);
  await page.getByRole('tab', { name: 'Papers' }).click();
  await page.getByRole('button', { name: 'Publish minutes' }).click();
  await page.getByText(/^Published to “published”: \d+ files written, \d+ unchanged\.$/).waitFor();
  return copyPublishedFolder(page);
}

/** axe-core over one published page, opened from the folder as the web team would. */
async function publishedPageProblems(page: Page, where: string, name: string): Promise<string[]> {
  const reader = await page.context().newPage();
  try {
    await reader.goto(pathToFileURL(join(where, name)).href);
    await reader.getByRole('heading', { level: 1 }).first().waitFor();
    await screenshot(reader, `published-${name.replace(/\.html$/, '')}`);
    return await seriousProblems(reader);
  } finally {
    await reader.close();
  }
}

describe('a clerk records an executive decision and its call-in', () => {
  it('enters a key decision, publishes its notice, records a call-in the tracker shows, and saves the forward plan', async () => {
    open = await openChamber();
    await withPickableFolder(open);
    const { page } = open;
    await today(page, '2026-02-20T10:00:00');
    await page.goto(appUrl(''));
    const meetingUrl = await keyCommitteeAndMeeting(page);
    const number = await addItem(page, 'Waste Collection Contract', 'Report of the Director of Environment.');

    // Ticked as a key decision on its agenda item, it is on the forward plan, 18 clear days ahead: too late.
    await page.getByRole('button', { name: `Details of item ${number}`, exact: true }).click();
    const details = page.getByRole('form', { name: `Details of item ${number}` });
    await details.getByRole('checkbox', { name: 'Key decision' }).check();
    await details.getByRole('button', { name: `Save item ${number}` }).click();
    await details.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    await page.getByRole('link', { name: 'Forward plan' }).click();
    const plan = page.getByRole('table', { name: 'Key decisions' });
    const entry = plan.getByRole('row').filter({ hasText: 'Waste Collection Contract' });
    await poll(() => entry.innerText()).toContain('Wednesday 11 March 2026');
    await poll(() => entry.innerText()).toContain(
      'Less than 28 clear days’ notice (18): to be taken under the general exception or special urgency.',
    );
    await page.getByText("1 key decision, 1 with fewer than 28 clear days' notice.").waitFor();
    await screenshot(page, 'forward-plan-screen');
    const planDocx = await download(page, 'Save the forward plan (.docx)', 'forward-plan.docx');
    const planText = (await renderDocx(planDocx, 'forward-plan.docx')).flatText;
    expect(planText).toContain('Forward plan of key decisions');
    // A table's cells wrap: LibreOffice's text runs their lines together, row by row.
    expect(planText).toMatch(/Waste Collection Wrenmoor .*Contract Licensing .*Committee/);
    expect(planText).toMatch(/Wednesday 11 .*March 2026/);
    expect(planText).toMatch(/Less than 28 clear days’ .*notice \(18\)/);
    // The same plan as a page in the published folder, read by axe-core.
    const early = await publishMinutes(page, meetingUrl);
    expect(early.names).toContain('forward-plan.html');
    expect(await publishedPageProblems(page, early.where, 'forward-plan.html')).toEqual([]);

    // The meeting: the item is minuted with its resolution.
    await today(page, '2026-03-11T18:35:00');
    await page.goto(meetingUrl);
    await page.getByRole('button', { name: 'Go into the meeting' }).click();
    await page.getByRole('navigation', { name: 'Agenda' }).waitFor();
    await takeNextItem(page, 'Waste Collection Contract');
    await page.keyboard.type('The Director of Environment introduced the tender evaluation.');
    await resolveAs(page, 'That the contract be awarded to Wrenmoor Recycling Ltd.');
    await poll(() =>
      page
        .getByRole('textbox', { name: /^Resolution for/ })
        .first()
        .inputValue(),
    ).toBe('That the contract be awarded to Wrenmoor Recycling Ltd.');
    // Two actions agreed on it, for the tracker.
    const addAction = page.getByRole('form', { name: 'Add an action' });
    for (const [text, due] of [
      ['Report the mobilisation plan', '2026-06-30'],
      ['Publish the contract award notice', '2026-04-15'],
    ] as const) {
      await addAction.getByRole('textbox', { name: 'Action' }).fill(text);
      await addAction.getByLabel('Due').fill(due);
      await addAction.getByRole('button', { name: 'Add action' }).click();
      await page.getByRole('listitem').filter({ hasText: text }).first().waitFor();
    }

    // The next morning the clerk enters the decision from the item.
    await today(page, '2026-03-12T09:30:00');
    await page.goto(meetingUrl);
    await page.getByRole('button', { name: `Details of item ${number}`, exact: true }).click();
    await page.getByRole('link', { name: `Executive decision on item ${number}` }).click();
    await page.getByRole('heading', { level: 1, name: `Executive decision: item ${number}` }).waitFor();
    await page.getByText('AGREED: That the contract be awarded to Wrenmoor Recycling Ltd.').waitFor();
    const form = page.getByRole('form', { name: 'The decision' });
    await poll(() => form.getByRole('checkbox', { name: /Key decision/ }).isChecked()).toBe(true);
    await screenshot(page, 'decision-screen');
    await form.getByRole('button', { name: 'Save the decision' }).click();
    await form.getByText('Give the reasons for the decision: the decision notice must print them.').waitFor();
    await form
      .getByRole('textbox', { name: /Reasons for the decision/ })
      .fill('The tender evaluated as the most economically advantageous.');
    await form
      .getByRole('textbox', { name: /Alternative options/ })
      .fill('To extend the current contract by a year: rejected as poorer value.');
    await form.getByRole('button', { name: 'Save the decision' }).click();
    await form.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    const callIn = page.getByRole('status', { name: 'Call-in' });
    await poll(() => callIn.innerText()).toContain(
      'Published today, the notice would let the decision be called in until the end of Thursday 19 March 2026 (5 working days), and implemented from Friday 20 March 2026.',
    );

    // Publishing the notice starts the period.
    await page.getByRole('button', { name: 'Publish the decision notice today' }).click();
    await poll(() => callIn.innerText()).toContain('Open until Thursday 19 March 2026');
    await page.getByText('Decision notice published on Thursday 12 March 2026.', { exact: false }).waitFor();

    // A call-in on the Monday: implementation waits for scrutiny.
    const callInForm = page.getByRole('form', { name: 'Record a call-in' });
    await callInForm.getByRole('textbox', { name: /Called in by/ }).fill('Councillor Ada Brown');
    await callInForm.getByLabel('Received on').fill('2026-03-16');
    await callInForm
      .getByRole('textbox', { name: /Reasons for the call-in/ })
      .fill('The award was not compared with an in-house bid.');
    await callInForm.getByRole('button', { name: 'Record the call-in' }).click();
    await poll(() => callIn.innerText()).toContain('Called in on Monday 16 March 2026');
    await poll(() => callIn.innerText()).toContain(
      'It will not be implemented until scrutiny has considered it.',
    );
    await page.getByRole('status', { name: 'Undo' }).waitFor();
    await screenshot(page, 'decision-called-in');

    // The action tracker shows the decision called in.
    await page.getByRole('link', { name: 'Actions', exact: true }).click();
    const decisions = page.getByRole('grid', { name: 'Executive decisions' });
    const decided = decisions.getByRole('row').filter({ hasText: 'Waste Collection Contract' });
    await poll(() => decided.innerText()).toContain('Called in on Monday 16 March 2026');
    await screenshot(page, 'action-tracker-decisions');
    // The actions by keyboard alone: Enter on the Due heading sorts by due date, the arrow keys move between
    // rows, Enter opens one.
    const actions = page.getByRole('grid', { name: 'Actions' });
    const rowText = (index: number) => actions.getByRole('row').nth(index).locator('[title]').innerText();
    await poll(() => rowText(2)).not.toBe('');
    const dueHeading = actions.getByRole('columnheader', { name: /Due/ }).getByRole('button');
    await dueHeading.focus();
    await page.keyboard.press('Enter');
    await poll(() => rowText(1)).toBe('Publish the contract award notice');
    expect(await rowText(2)).toBe('Report the mobilisation plan');
    const firstRow = actions.getByRole('row').nth(1);
    await firstRow.focus();
    await poll(() => firstRow.evaluate((row) => row === document.activeElement)).toBe(true);
    await page.keyboard.press('ArrowDown');
    const secondRow = actions.getByRole('row').nth(2);
    await poll(() => secondRow.evaluate((row) => row === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await page
      .getByRole('region', { name: 'Action details' })
      .getByRole('heading', { name: 'Report the mobilisation plan' })
      .waitFor();

    // Scrutiny concludes on Wednesday 25 March: the decision can be implemented from the next working day.
    await decided.getByRole('link', { name: 'Waste Collection Contract' }).click();
    const conclusion = page.getByRole('form', { name: "Scrutiny's conclusion" });
    await conclusion.getByLabel('Scrutiny concluded the call-in on').fill('2026-03-25');
    await conclusion.getByRole('button', { name: "Record scrutiny's conclusion" }).click();
    await poll(() => callIn.innerText()).toContain(
      'Scrutiny concluded the call-in on Wednesday 25 March 2026; the decision can be implemented from Thursday 26 March 2026.',
    );
    const notice = await download(page, 'Save the decision notice (.docx)', 'decision-notice.docx');
    const noticeText = (await renderDocx(notice, 'decision-notice.docx')).flatText;
    expect(noticeText).toContain('Decision notice: Waste Collection Contract');
    expect(noticeText).toContain('The tender evaluated as the most economically advantageous.');
    expect(noticeText).toContain('called in on Monday 16 March 2026 by Councillor Ada Brown');
    expect(noticeText).toContain('implemented from Thursday 26 March 2026');
    await page.getByRole('link', { name: 'Actions', exact: true }).click();
    await poll(() => decided.innerText()).toContain('Called in; implemented from Thursday 26 March 2026');

    // The decision notice page in the published folder, read by axe-core.
    const later = await publishMinutes(page, meetingUrl);
    const noticePage = later.names.find((name) => name.endsWith('-decision-notice.html'));
    expect(noticePage).toBeDefined();
    const noticeHtml = await readFile(join(later.where, noticePage ?? ''), 'utf8');
    expect(noticeHtml).toContain('Councillor Ada Brown');
    expect(await publishedPageProblems(page, later.where, noticePage ?? '')).toEqual([]);
  });
});
