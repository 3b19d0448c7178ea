import { describe, expect, it } from 'vitest';
import { renderDocx } from '../documents/support/libreoffice';
import { openChamber } from './support/browser';
import { download, keyMeetingWithAnAction } from './documents-support';

describe('the minutes are ready before the clerk asks for them', () => {
  it('starts the minutes worker as the meeting opens, before the Papers tab, and its first minutes are right', async () => {
    const { page } = await openChamber();
    // An action agreed in the meeting, keyed on the live screen.
    const meetingUrl = await keyMeetingWithAnAction(page);

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
