import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openChamber, type Chamber } from './support/browser';
import { poll } from './support/wait';

let chamber: Chamber | undefined;

const heading = (chamber: Chamber) => chamber.page.getByRole('heading', { level: 1 }).first().textContent();

describe('a fresh install opens on the first-run screen', () => {
  it('sets up the organisation and the first committee from the keyboard, then lands on that committee', async () => {
    chamber = await openChamber(undefined, { firstRun: true });
    const { page } = chamber;
    await poll(() => heading(chamber as Chamber)).toBe('Welcome to Chamber');
    // The keyboard starts in the organisation's name.
    await poll(() =>
      page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.labels?.[0]?.textContent),
    ).toMatch(/^Organisation name/);

    // Nothing is stored until both names are given.
    await page.getByRole('button', { name: 'Set up and open the committee' }).click();
    await page.getByText('Type the organisation’s name as it appears on its papers.').waitFor();
    await page.getByText('Type the committee’s name, as it is printed on its papers.').waitFor();

    await page.getByLabel(/^Organisation name/).focus();
    await page.keyboard.type('London Borough of Harrow');
    await page.getByLabel('Address').fill('Civic Centre, Station Road, Harrow HA1 2XY');
    await page.getByLabel('Democratic services email').fill('democratic.services@harrow.gov.uk');
    await page.getByLabel(/^Committee name/).fill('Licensing Committee');
    await page.getByLabel('Type').selectOption('committee');
    await page.screenshot({ path: join(tmpdir(), 'look-first-run.png') });
    await page.getByRole('button', { name: 'Set up and open the committee' }).press('Enter');
    await poll(() => heading(chamber as Chamber)).toBe('Licensing Committee');

    // The organisation is in Settings, and the committee on the home screen, which no longer sends the clerk
    // to the first-run screen.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
    await poll(() => heading(chamber as Chamber)).toBe('Settings');
    await poll(() => page.getByLabel(/^Organisation name/).inputValue()).toBe('London Borough of Harrow');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Committees' }).click();
    await poll(() => heading(chamber as Chamber)).toBe('Committees');
    await page.getByRole('link', { name: 'Licensing Committee' }).waitFor();
  });

  it('can be skipped, and is not shown again on this laptop', async () => {
    chamber = await openChamber(undefined, { firstRun: true });
    const { page } = chamber;
    await poll(() => heading(chamber as Chamber)).toBe('Welcome to Chamber');
    await page.getByRole('button', { name: 'Skip for now' }).click();
    await poll(() => heading(chamber as Chamber)).toBe('Committees');
    await page.getByRole('button', { name: 'New committee' }).waitFor();
    await page.reload();
    await poll(() => heading(chamber as Chamber)).toBe('Committees');
    expect(await page.getByText('Welcome to Chamber').count()).toBe(0);
  });
});
