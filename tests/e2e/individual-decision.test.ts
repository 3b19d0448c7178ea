import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { appUrl, openChamber, type Chamber } from './support/browser';
import { screenshot } from './documents-support';
import { copyPublishedFolder, seriousProblems, withPickableFolder } from './publishing-support';
import { poll } from './support/wait';

let open: Chamber | undefined;

describe('a clerk records a decision taken by one cabinet member', () => {
  it('records it, publishes its notice, sees its call-in in the tracker, and reads the published notice', async () => {
    open = await openChamber();
    await withPickableFolder(open);
    const { page } = open;
    await page.clock.setFixedTime(new Date('2026-03-12T10:00:00'));
    await page.goto(appUrl(''));

    await page.getByRole('link', { name: 'Individual decisions' }).click();
    await page.getByRole('heading', { level: 1, name: 'Individual decisions' }).waitFor();
    await page.getByRole('button', { name: 'Record a decision taken by one person' }).click();
    const form = page.getByRole('form', { name: 'The decision' });
    await form.getByRole('button', { name: 'Record the decision' }).click();
    await form.getByText('Say who took the decision: the notice must name the decision maker.').waitFor();
    await form.getByRole('textbox', { name: /^Title/ }).fill('Parking charges in Harrow Weald');
    await form.getByRole('textbox', { name: /^Decision maker/ }).fill('Councillor Susan Hall');
    await form.getByRole('textbox', { name: /^Portfolio/ }).fill('Cabinet Member for Environment');
    await form.getByLabel(/Date taken/).fill('2026-03-11');
    await form
      .getByRole('textbox', { name: /^What was decided/ })
      .fill('To set the charges in the schedule.');
    await form
      .getByRole('textbox', { name: /Reasons for the decision/ })
      .fill('The charges have not changed since 2009.');
    await form
      .getByRole('textbox', { name: /Interests declared/ })
      .fill('Councillor Hall: holds a resident’s permit in the zone.');
    await form.getByRole('button', { name: 'Record the decision' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Decision: Parking charges in Harrow Weald' })
      .waitFor();

    const callIn = page.getByRole('status', { name: 'Call-in' });
    await page.getByRole('button', { name: 'Publish the decision notice today' }).click();
    await poll(() => callIn.innerText()).toContain('Open until');
    await page.getByText('Decision notice published on Thursday 12 March 2026.', { exact: false }).waitFor();
    await screenshot(page, 'individual-decision');

    await page.getByRole('link', { name: 'Actions', exact: true }).click();
    const decisions = page.getByRole('grid', { name: 'Executive decisions' });
    const row = decisions.getByRole('row').filter({ hasText: 'Parking charges in Harrow Weald' });
    await poll(() => row.innerText()).toContain('Councillor Susan Hall, Cabinet Member for Environment');
    await poll(() => row.innerText()).toContain('Open until');

    await page.getByRole('link', { name: 'Publishing', exact: true }).click();
    await page.getByRole('button', { name: 'Publish everything changed since the last publication' }).click();
    await page.getByText(/^Published to “published”: \d+ files written, \d+ unchanged\.$/).waitFor();
    const published = await copyPublishedFolder(page);
    expect(published.names).toContain('decisions.html');
    const noticePage = published.names.find((name) =>
      /^decision-2026-03-11-parking-charges.*\.html$/.test(name),
    );
    expect(noticePage).toBeDefined();
    expect(published.names).toContain(noticePage?.replace(/\.html$/, '.docx'));

    // The web team's view: the index links to the list, the list to the notice, read with no network.
    const reader = await page.context().newPage();
    await reader.goto(pathToFileURL(join(published.where, 'index.html')).href);
    await reader.getByRole('link', { name: 'Decisions by individual members and officers' }).click();
    await reader.getByRole('link', { name: 'Parking charges in Harrow Weald' }).click();
    await reader
      .getByRole('heading', { level: 1, name: 'Decision notice: Parking charges in Harrow Weald' })
      .waitFor();
    const text = await reader.locator('main, body').first().innerText();
    expect(text).toContain('Councillor Susan Hall, Cabinet Member for Environment');
    expect(text).toContain('To set the charges in the schedule.');
    expect(text).toContain('The charges have not changed since 2009.');
    expect(text).toContain('Councillor Hall: holds a resident’s permit in the zone.');
    expect(text).toMatch(/This decision may be called in until the end of \w+ \d+ March 2026/);
    await screenshot(reader, 'published-individual-decision');
    expect(await seriousProblems(reader)).toEqual([]);
    await reader.close();
  });

  it('records one taken in private, and its published notice withholds all but the title, maker, date and call-in', async () => {
    open = await openChamber();
    await withPickableFolder(open);
    const { page } = open;
    await page.clock.setFixedTime(new Date('2026-03-12T10:00:00'));
    await page.goto(appUrl('decisions/new'));
    const form = page.getByRole('form', { name: 'The decision' });
    await form.getByRole('textbox', { name: /^Title/ }).fill('Sale of the Mill Lane depot');
    await form.getByRole('textbox', { name: /^Decision maker/ }).fill('Councillor Susan Hall');
    await form.getByRole('textbox', { name: /^Portfolio/ }).fill('Cabinet Member for Resources');
    await form.getByLabel(/Date taken/).fill('2026-03-11');
    await form.getByRole('radio', { name: 'Part B (exempt)' }).check();
    await form.getByRole('combobox', { name: /Schedule 12A paragraph/ }).selectOption('3');
    await form
      .getByRole('textbox', { name: /Public-interest reason/ })
      .fill('PRIVATE-REASON the bids are commercially sensitive.');
    await form.getByRole('textbox', { name: /^What was decided/ }).fill('PRIVATE-DECISION sell to Acme Ltd.');
    await form
      .getByRole('textbox', { name: /Reasons for the decision/ })
      .fill('PRIVATE-REASONS the best bid.');
    await screenshot(page, 'individual-decision-in-private');
    await form.getByRole('button', { name: 'Record the decision' }).click();
    await page.getByRole('heading', { level: 1, name: 'Decision: Sale of the Mill Lane depot' }).waitFor();
    await page.getByRole('button', { name: 'Publish the decision notice today' }).click();
    await page.getByText('Decision notice published on Thursday 12 March 2026.', { exact: false }).waitFor();

    await page.getByRole('link', { name: 'Publishing', exact: true }).click();
    await page.getByRole('button', { name: 'Publish everything changed since the last publication' }).click();
    await page.getByText(/^Published to “published”: \d+ files written, \d+ unchanged\.$/).waitFor();
    const published = await copyPublishedFolder(page);
    const noticePage = published.names.find((name) =>
      /^decision-2026-03-11-sale-of-the-mill-lane.*\.html$/.test(name),
    );
    expect(noticePage).toBeDefined();
    const reader = await page.context().newPage();
    await reader.goto(pathToFileURL(join(published.where, noticePage ?? '')).href);
    await reader
      .getByRole('heading', { level: 1, name: 'Decision notice: Sale of the Mill Lane depot' })
      .waitFor();
    const text = await reader.locator('main, body').first().innerText();
    expect(text).toContain('Councillor Susan Hall, Cabinet Member for Resources');
    expect(text).toContain(
      'The record of this decision is not for publication: it contains exempt information under paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972',
    );
    expect(text).toMatch(/This decision may be called in until the end of \w+ \d+ March 2026/);
    expect(text).not.toContain('PRIVATE-');
    await screenshot(reader, 'published-individual-decision-in-private');
    expect(await seriousProblems(reader)).toEqual([]);
    await reader.close();
  });
});
