import { afterEach, describe, expect, it } from 'vitest';
import { renderDocx } from '../documents/support/libreoffice';
import { footerOf, printedRange } from '../documents/agenda-pack/support/pages';
import { openChamber, type Chamber } from './support/browser';
import {
  addItem,
  attachReport,
  download,
  keyCommitteeAndMeeting,
  report,
  screenshot,
} from './documents-support';

let open: Chamber | undefined;
afterEach(async () => {
  await open?.context.close();
  open = undefined;
});

describe('a clerk prints the agenda packs from the Papers tab', () => {
  it('builds the public pack without the Part B report, with page ranges, and the private pack with it', async () => {
    open = await openChamber();
    const { page } = open;
    await keyCommitteeAndMeeting(page);

    const publicItem = await addItem(page, 'Street Trading Policy', 'Report of the Licensing Manager.');
    await attachReport(page, publicItem, 'street-trading.docx', await report('STREET-TRADING-REPORT', 3));
    const exemptItem = await addItem(
      page,
      'Premises Licence Debt',
      'Confidential report of the Treasurer.',
      true,
    );
    await attachReport(page, exemptItem, 'premises-debt.docx', await report('PREMISES-DEBT-SECRET', 2));

    await page.getByRole('tab', { name: 'Papers' }).click();
    await page.getByRole('button', { name: 'Save private agenda pack (.docx)' }).waitFor();
    await screenshot(page, 'papers-tab');

    // The public pack: built in the worker with a progress bar, then downloaded.
    const publicPack = await download(page, 'Save agenda pack (.docx)', 'public-pack.docx');
    await page
      .getByRole('group', { name: 'Agenda pack' })
      .getByText(/^Saved: /)
      .waitFor();
    const rendered = await renderDocx(publicPack, 'public-pack.docx');
    expect(rendered.flatText).toContain('AGENDA - PUBLIC');
    expect(rendered.flatText).toContain('Body text of page 2 of the STREET-TRADING-REPORT report.');
    expect(printedRange(rendered.flatText, 'Street Trading Policy')).toEqual([
      footerOf(rendered, 'STREET-TRADING-REPORT page 1'),
      footerOf(rendered, 'STREET-TRADING-REPORT page 3'),
    ]);
    // Part B is listed by title and paragraph only; nothing of its report or description is printed.
    expect(rendered.flatText).toContain('Premises Licence Debt');
    expect(rendered.flatText).not.toContain('PREMISES-DEBT-SECRET');
    expect(rendered.flatText).not.toContain('Confidential report of the Treasurer');
    expect(Buffer.from(publicPack).includes('PREMISES-DEBT-SECRET')).toBe(false);

    // The members' private pack carries the exempt report, marked.
    const privatePack = await download(
      page,
      'Save private agenda pack (.docx)',
      'private-pack.docx',
      'papers-tab-building',
    );
    const secret = await renderDocx(privatePack, 'private-pack.docx');
    expect(secret.flatText).toContain('NOT FOR PUBLICATION');
    expect(secret.flatText).toContain('Body text of page 2 of the PREMISES-DEBT-SECRET report.');
    expect(printedRange(secret.flatText, 'Premises Licence Debt')).toEqual([
      footerOf(secret, 'PREMISES-DEBT-SECRET page 1'),
      footerOf(secret, 'PREMISES-DEBT-SECRET page 2'),
    ]);
    const exemptPages = secret.pages.filter((text) => text.includes('PREMISES-DEBT-SECRET'));
    expect(exemptPages.every((text) => text.includes('NOT FOR PUBLICATION'))).toBe(true);
  });
});
