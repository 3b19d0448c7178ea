import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { renderDocx } from '../documents/support/libreoffice';
import { openChamber, type Chamber } from './support/browser';
import { download, keyMeetingWithAnAction, letterheadTemplate, screenshot } from './documents-support';

let open: Chamber | undefined;

async function uploadMinutesTemplate(page: Page, name: string, bytes: Uint8Array): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Templates' }).click();
  const card = page.getByRole('region', { name: 'Minutes template' });
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    card.getByRole('button', { name: 'Upload a template for the minutes (.docx)' }).click(),
  ]);
  await chooser.setFiles({ name, mimeType: 'application/octet-stream', buffer: Buffer.from(bytes) });
}

describe('the organisation’s own templates and the action log', () => {
  it('prints the minutes in an uploaded letterhead, refuses a broken template, and saves an action log', async () => {
    open = await openChamber();
    const { page } = open;
    // An action agreed in the meeting, keyed on the live screen.
    const meetingUrl = await keyMeetingWithAnAction(page);

    // A good template: its letterhead and placeholders are used for the minutes.
    await page.goto(meetingUrl);
    await uploadMinutesTemplate(page, 'letterhead.docx', await letterheadTemplate());
    const card = page.getByRole('region', { name: 'Minutes template' });
    await card.getByText('“letterhead.docx” is now used for the minutes.').waitFor();
    expect(await card.textContent()).toContain('{{committee}}, {{body}}');
    await screenshot(page, 'templates');

    await page.goto(meetingUrl);
    await page.getByRole('tab', { name: 'Papers' }).click();
    const minutes = await renderDocx(
      await download(page, 'Save the minutes (.docx)', 'templated-minutes.docx'),
    );
    expect(minutes.flatText).toContain('WRENMOOR BOROUGH COUNCIL LETTERHEAD');
    expect(minutes.flatText).toContain('Committee: Wrenmoor Licensing Committee');
    expect(minutes.flatText).toContain('Minutes of the meeting held on Wednesday 11 March 2026');
    expect(minutes.flatText).toContain('DRAFT');

    // A broken one is refused with the problem named; the letterhead stays in use, also for the quick action.
    await uploadMinutesTemplate(page, 'broken.docx', await letterheadTemplate('{{body}} {{comittee}}'));
    const refusal = card.getByRole('alert');
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain('{{comittee}}');
    expect(await refusal.textContent()).toContain('The minutes template in use is still “letterhead.docx”.');
    expect(await card.textContent()).toContain('In use: “letterhead.docx”');
    await screenshot(page, 'templates-refused');
    await page.goto(meetingUrl);
    const again = await renderDocx(await download(page, 'Save minutes (.docx)', 'quick-minutes.docx'));
    expect(again.flatText).toContain('WRENMOOR BOROUGH COUNCIL LETTERHEAD');

    // The committee's action log, filtered by status, saved as a Word document.
    await page.getByRole('link', { name: 'Wrenmoor Licensing Committee' }).click();
    await page.getByRole('link', { name: 'Action log' }).click();
    const table = page.getByRole('table', { name: 'Actions from previous meetings' });
    await table.getByText('Consult street traders on pitch fees').waitFor();
    await page.getByRole('checkbox', { name: 'Done' }).uncheck();
    await page.getByRole('checkbox', { name: 'Dropped' }).uncheck();
    await screenshot(page, 'action-log');
    const log = await renderDocx(await download(page, 'Save the action log (.docx)', 'action-log.docx'));
    expect(log.flatText).toContain('Actions from previous meetings');
    expect(log.flatText).toMatch(/Date Action Owner Outcome/);
    expect(log.flatText).toContain('Consult street traders on pitch fees');
    expect(log.flatText).toMatch(/Consult street traders on pitch fees Clerk Open\./);
  });
});
