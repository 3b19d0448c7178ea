import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { renderDocx } from '../documents/support/libreoffice';
import { openChamber, type Chamber } from './support/browser';
import { keyBoardMeeting } from './support/live-meeting';
import { everyonePresent } from './support/live-procedure';
import { poll } from './support/wait';
import { addItem, attachReport, download, report, screenshot } from './documents-support';

let chamber: Chamber | undefined;

const paperMarker = 'LEISURE-TENDER-PRICES';

async function take(page: Page, title: RegExp): Promise<void> {
  await page.getByRole('navigation', { name: 'Agenda' }).getByRole('button', { name: title }).click();
  await page.getByRole('button', { name: /^Take item \d+ now/ }).click();
  await page.getByRole('textbox', { name: /^Minute \d+:/ }).waitFor();
}

/** The document a button saves, as LibreOffice reads it, and whether the exempt paper's bytes are in it at all. */
async function saved(page: Page, button: string, keepAs: string) {
  const bytes = await download(page, button, keepAs);
  const { flatText } = await renderDocx(bytes, keepAs);
  return { text: flatText, holdsPaper: Buffer.from(bytes).includes(paperMarker) };
}

describe('an exclusion of the press and public that is lost', () => {
  it('puts the Part B item’s minute in the public minutes and keeps its paper out of every public document', async () => {
    chamber = await openChamber();
    const { page } = chamber;
    await keyBoardMeeting(page, inject('baseUrl'));
    const item = await addItem(page, 'Leisure Contract', 'Tender evaluation.', true);
    await attachReport(page, item, 'leisure-tender.docx', await report(paperMarker, 2));
    await page
      .getByRole('table', { name: `Papers for item ${item}` })
      .getByRole('cell', { name: 'leisure-tender.docx', exact: true })
      .waitFor();
    const meetingUrl = page.url();

    await page.getByRole('button', { name: 'Go into the meeting' }).press('Enter');
    await page.getByRole('navigation', { name: 'Agenda' }).waitFor();
    await everyonePresent(page);

    // The motion to exclude the press and public is moved, seconded and lost.
    await take(page, /Community Budgets/);
    const exclusion = page.getByRole('form', { name: 'Move to exclude the press and public' });
    await exclusion.getByLabel('Exclusion moved by').selectOption({ label: 'Councillor Thaya Idaikkadar' });
    await exclusion.getByLabel('Exclusion seconded by').selectOption({ label: 'Dr Genevieve Small' });
    await exclusion.getByRole('button', { name: 'Move the exclusion of the press and public' }).click();
    const motion = page
      .getByRole('region', { name: 'Motions and votes' })
      .getByRole('group', { name: 'Motion 1' });
    await motion.getByRole('radio', { name: 'Result only (no count)' }).check();
    await motion.getByLabel('The Chair declared the motion').selectOption({ label: 'Lost' });
    await motion.getByRole('button', { name: 'Record the vote' }).click();
    await poll(() => page.getByRole('list', { name: 'As it will print' }).innerText()).toContain(
      `The press and public were not excluded: item ${item} was considered in public.`,
    );

    // So the Part B item is heard, and minuted, in public.
    await take(page, /Leisure Contract/);
    await poll(() => page.getByRole('region', { name: 'Press and public' }).innerText()).toContain(
      'This Part B item is being heard in public',
    );
    await page.keyboard.type('The Board discussed the contract in public.');
    await screenshot(page, 'exclusion-lost-live');

    await page.goto(meetingUrl);
    const minutes = await saved(page, 'Save minutes (.docx)', 'exclusion-lost-minutes.docx');
    expect(minutes.text).toContain('On being put to the vote the motion was clearly LOST.');
    expect(minutes.text).toContain(
      'Leisure Contract This item was considered with the press and public present. Its papers remain exempt under paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972. The Board discussed the contract in public.',
    );
    expect(minutes.holdsPaper).toBe(false);
    expect(minutes.text).not.toContain(paperMarker);

    // Its paper stays exempt: in no public document, though the private pack still has it.
    await page.getByRole('tab', { name: 'Papers' }).click();
    for (const [button, keepAs] of [
      ['Save agenda pack (.docx)', 'exclusion-lost-public-pack.docx'],
      ['Save agenda and minutes (.docx)', 'exclusion-lost-agenda-and-minutes.docx'],
    ] as const) {
      const document = await saved(page, button, keepAs);
      expect(document.holdsPaper, button).toBe(false);
      expect(document.text, button).not.toContain(paperMarker);
    }
    const privatePack = await saved(
      page,
      'Save private agenda pack (.docx)',
      'exclusion-lost-private-pack.docx',
    );
    expect(privatePack.text).toContain(`${paperMarker} page 1`);
  });
});
