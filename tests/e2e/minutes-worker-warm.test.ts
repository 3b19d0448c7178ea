import { describe, expect, it } from 'vitest';
import { renderDocx } from '../documents/support/libreoffice';
import { openChamber } from './support/browser';
import { addItem, download, keyCommitteeAndMeeting } from './documents-support';

describe('the minutes are ready before the clerk asks for them', () => {
  it('starts the minutes worker as the meeting opens, before the Papers tab, and its first minutes are right', async () => {
    const { page } = await openChamber();
    const meetingUrl = await keyCommitteeAndMeeting(page);
    const number = await addItem(page, 'Street Trading Policy', 'Report of the Licensing Manager.');

    // An action agreed in the meeting, keyed on the live screen, so the minutes have something of their own.
    await page.goto(`${meetingUrl}/live`);
    await page
      .getByRole('navigation', { name: 'Agenda' })
      .getByRole('button', { name: /Street Trading Policy/ })
      .click();
    await page.getByRole('button', { name: `Take item ${number} now` }).click();
    const addAction = page.getByRole('form', { name: 'Add an action' });
    await addAction.getByLabel('Action', { exact: true }).fill('Consult street traders on pitch fees');
    await addAction.getByLabel('Owner (a person, or type e.g. All)').fill('Clerk');
    await addAction.getByRole('button', { name: 'Add action' }).click();
    await page
      .getByRole('list', { name: 'Actions' })
      .getByText('Consult street traders on pitch fees')
      .waitFor();

    // A fresh start of the page on the meeting: the worker starts (and warms its builders) while the clerk reads
    // the agenda, not when the Papers tab opens.
    await page.goto(meetingUrl);
    await page.getByRole('tab', { name: 'Agenda' }).waitFor();
    await expect
      .poll(() => page.workers().some((worker) => /minutes/.test(worker.url())), { timeout: 60_000 })
      .toBe(true);
    expect(await page.getByRole('button', { name: 'Save the minutes (.docx)' }).count()).toBe(0);

    await page.getByRole('tab', { name: 'Papers' }).click();
    const minutes = await renderDocx(await download(page, 'Save the minutes (.docx)', 'warm-minutes.docx'));
    expect(minutes.flatText).toContain('Wrenmoor Licensing Committee'.toUpperCase());
    expect(minutes.flatText).toContain('Street Trading Policy');
    expect(minutes.flatText).toContain('ACTION: Consult street traders on pitch fees');
    // The warm-up's sample meeting never leaks into the clerk's minutes.
    expect(minutes.flatText).not.toContain('Library Opening Hours Review');
    expect(page.workers().filter((worker) => /minutes/.test(worker.url()))).toHaveLength(1);
  });
});
