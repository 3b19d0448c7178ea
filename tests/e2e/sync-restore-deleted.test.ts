import { mkdir, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { describe, expect, inject, it } from 'vitest';
import { join, openChamber, type Chamber } from './support/browser';
import { keyBoardMeeting } from './support/live-meeting';
import { chooseChamberFile, goToSync } from './support/sync-screen';
import { poll } from './support/wait';

let chamber: Chamber | undefined;

describe('a deleted agenda item comes back from a backup', () => {
  it('offers what the file holds that was deleted since, and restores it to its place on the agenda', async () => {
    chamber = await openChamber();
    const { page } = chamber;
    const meetingUrl = await keyBoardMeeting(page, inject('baseUrl'));

    // The backup: everything, exported through the Sync screen.
    await goToSync(page);
    await page.getByRole('radio', { name: 'Everything' }).check();
    await page.getByText(/records? to export/).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export', exact: true }).click(),
    ]);
    const path = join(await mkdtemp(join(tmpdir(), 'chamber-restore-')), 'backup.chamber');
    await download.saveAs(path);

    // One click too many: Council Budget (item 7) is removed.
    await page.goto(meetingUrl);
    await page.getByRole('tab', { name: 'Agenda' }).click();
    await page.getByRole('button', { name: 'Details of item 7' }).click();
    await page.getByRole('button', { name: 'Remove item 7' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Remove item 7' }).click();
    await page.getByRole('alertdialog').waitFor({ state: 'detached' });
    await poll(() => page.getByText('Council Budget', { exact: true }).count()).toBe(0);

    const preview = await chooseChamberFile(page, path);
    const deleted = preview.getByRole('list', { name: 'Deleted since this file was made' });
    await poll(() => deleted.innerText()).toMatch(
      /Agenda item: Council Budget \(deleted \d{1,2} \w+ \d{4} at \d{1,2}\.\d{2} [ap]m\)/,
    );
    await mkdir('.test-results/screens', { recursive: true });
    await page.screenshot({ path: '.test-results/screens/sync-deleted-since.png', fullPage: true });
    await preview.getByRole('button', { name: 'Restore it' }).click();
    await poll(() => preview.getByRole('status').innerText()).toContain('Restored the deleted record');

    await page.goto(meetingUrl);
    await page.getByRole('tab', { name: 'Agenda' }).click();
    await poll(() => page.getByText('Council Budget', { exact: true }).count()).toBe(1);
    // In its old place: item 7, between the Charter and Community Budgets.
    await poll(() => page.getByRole('button', { name: 'Details of item 7' }).count()).toBe(1);
    const agenda = await page.getByRole('list', { name: 'Agenda' }).innerText();
    expect(agenda.indexOf('Harrow Community Cohesion and Integration Charter')).toBeLessThan(
      agenda.indexOf('Council Budget'),
    );
    expect(agenda.indexOf('Council Budget')).toBeLessThan(agenda.indexOf('Community Budgets'));

    // The removal's Undo is still offered; it does not make a second copy of what the backup brought back.
    await page.getByRole('status', { name: 'Undo' }).getByRole('button', { name: 'Undo (Ctrl+Z)' }).click();
    await poll(() => page.getByRole('alert').innerText()).toContain('It is already back');
    expect(await page.getByText('Council Budget', { exact: true }).count()).toBe(1);
  });
});
