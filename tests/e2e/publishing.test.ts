import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumPath } from '../../scripts/system-deps.mjs';
import { docxText } from '../../renderer/db/search/docx-text';
import { appUrl, chromiumArgs, openChamber, type Chamber } from './support/browser';
import {
  addItem,
  attachReport,
  keepFolder,
  keyCommitteeAndMeeting,
  report,
  screenshot,
} from './documents-support';

import {
  copyPublishedFolder,
  onePixelPng,
  pdfPaper,
  resolveAs,
  seriousProblems,
  takeNextItem,
  withPickableFolder,
} from './publishing-support';
let open: Chamber | undefined;

describe('a clerk publishes a meeting to the council website folder', () => {
  it('publishes the agenda and minutes, with public papers only, as pages that work offline and pass axe-core', async () => {
    open = await openChamber();
    await withPickableFolder(open);
    const { page } = open;
    // The council's name, contact and logo, from Settings, dress every published page.
    await page.goto(appUrl('settings'));
    await page.getByRole('textbox', { name: 'Organisation name' }).fill('Wrenmoor Borough Council');
    await page.getByRole('textbox', { name: 'Democratic services contact' }).fill('Priya Holloway');
    // The council's green, first typed too pale for links to be read on white, then corrected.
    await page.getByRole('textbox', { name: 'Website masthead colour' }).fill('#00573f');
    await page.getByRole('textbox', { name: 'Website links and headings colour' }).fill('#7fbfa8');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByRole('alert').filter({ hasText: 'too pale to read on white' }).waitFor();
    await page.getByRole('textbox', { name: 'Website links and headings colour' }).fill('#00573f');
    const [logoChooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: 'Choose a logo picture' }).click(),
    ]);
    await logoChooser.setFiles({ name: 'crest.png', mimeType: 'image/png', buffer: onePixelPng });
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText('crest.png').waitFor();
    await page.goto(appUrl(''));
    const meetingUrl = await keyCommitteeAndMeeting(page);
    const publicItem = await addItem(page, 'Street Trading Policy', 'Report of the Licensing Manager.');
    await attachReport(page, publicItem, 'street-trading.pdf', pdfPaper('STREET-TRADING', 107_520));
    // An appendix to the same item: its details are open already, so only the attach button is pressed.
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: `Attach .docx or .pdf to item ${publicItem}` }).click(),
    ]);
    const appendix = Buffer.from(await report('STREET-TRADING-MAP', 1));
    await chooser.setFiles({
      name: 'street-trading-map.docx',
      mimeType: 'application/octet-stream',
      buffer: appendix,
    });
    await page.getByRole('cell', { name: 'street-trading-map.docx', exact: true }).waitFor();
    const exemptItem = await addItem(
      page,
      'Premises Licence Debt',
      'EXEMPT-MARKER-DESCRIPTION of the debt.',
      true,
    );
    await attachReport(page, exemptItem, 'premises-debt.pdf', pdfPaper('EXEMPT-MARKER-PAPER', 4096));

    // The minutes, keyed in the meeting: one public minute with a resolution, one Part B minute.
    await page.goto(meetingUrl);
    await page.getByRole('button', { name: 'Go into the meeting' }).click();
    await page.getByRole('navigation', { name: 'Agenda' }).waitFor();
    await takeNextItem(page, 'Street Trading Policy');
    await page.keyboard.type('The Licensing Manager introduced the revised street trading policy.');
    await resolveAs(page, 'That the street trading policy be adopted.');
    await takeNextItem(page, 'Premises Licence Debt');
    await page.keyboard.type('EXEMPT-MARKER-MINUTE members discussed the debt.');
    await resolveAs(page, 'EXEMPT-MARKER-RESOLUTION That the debt be written off.');
    await page.waitForTimeout(500);

    await page.goto(meetingUrl);
    await page.getByRole('tab', { name: 'Papers' }).click();
    // The Part B minute is stored: its confidential minutes are offered to print, never to publish.
    await page.getByRole('button', { name: 'Save the confidential minutes (.docx)' }).waitFor();
    await page.getByRole('button', { name: 'Publish minutes' }).click();
    await page.getByText(/^Published to “published”: \d+ files written, 0 unchanged\.$/).waitFor();
    await page.getByRole('region', { name: 'Publishing' }).scrollIntoViewIfNeeded();
    await screenshot(page, 'papers-tab-publishing');
    await page.getByRole('button', { name: 'Publish minutes' }).click();
    await page
      .getByText('Nothing had changed: the folder “published” already holds what is published.')
      .waitFor();

    // A change after publication: the Publishing screen rewrites only the pages it touches, and the feed.
    await page.goto(appUrl('settings'));
    await page.getByRole('textbox', { name: 'Contact phone' }).fill('01632 960 418');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page
      .getByRole('textbox', { name: 'Contact phone' })
      .and(page.locator('[value="01632 960 418"]'))
      .waitFor();
    await page.goto(appUrl('publishing'));
    await page.getByRole('heading', { level: 1, name: 'Publishing' }).waitFor();
    await page.getByText('Publishing into the folder “published”.').waitFor();
    await page.getByRole('button', { name: 'Publish everything changed since the last publication' }).click();
    // The pages and the pack and minutes carry the contact line, so those are rewritten; the papers are not.
    await page.getByText(/^Published to “published”: \d+ files written, \d+ unchanged\.$/).waitFor();
    await screenshot(page, 'publishing-screen');

    const { where, names } = await copyPublishedFolder(page);
    expect(names).toEqual(
      expect.arrayContaining([
        'index.html',
        'style.css',
        'feed.atom',
        'meetings.ics',
        'chamber-published.json',
      ]),
    );
    // The public pack and public minutes in Word are published beside the meeting page (as PDF too in the
    // desktop app, whose print engine publishing-pdfs.test.ts checks through Chromium's page.pdf()).
    const pack = names.find((name) => name.endsWith('-agenda-pack.docx'));
    const minutesDocx = names.find((name) => name.endsWith('-minutes.docx'));
    expect(pack && minutesDocx).toBeTruthy();
    const minutesText = docxText(await readFile(join(where, minutesDocx ?? '')));
    expect(minutesText).toContain('The Licensing Manager introduced the revised street trading policy.');
    await expect(readFile(join(where, 'style.css'), 'utf8')).resolves.toContain(
      ':root { --masthead: #00573f; --masthead-text: #ffffff; --accent: #00573f; }',
    );
    for (const name of names) {
      const bytes = await readFile(join(where, name));
      const text = name.endsWith('.docx') ? docxText(bytes) : bytes.toString('latin1');
      expect(text, name).not.toContain('EXEMPT-MARKER');
    }

    // The web team's view: the folder opened in a browser with no network at all.
    const browser = await chromium.launch({
      executablePath: chromiumPath(),
      headless: true,
      args: chromiumArgs,
    });
    try {
      const context = await browser.newContext({ offline: true, locale: 'en-GB' });
      const reader = await context.newPage();
      await reader.goto(pathToFileURL(join(where, 'index.html')).href);
      await reader.getByText('Wrenmoor Borough Council', { exact: true }).waitFor();
      await reader.getByRole('link', { name: 'Wrenmoor Licensing Committee' }).click();
      await reader.getByRole('heading', { level: 2, name: '2025/26' }).waitFor();
      await reader.getByRole('link', { name: 'Wednesday 11 March 2026, 6.30 pm' }).click();
      await reader
        .getByRole('heading', { level: 1, name: /^Wrenmoor Licensing Committee - Wednesday 11 March 2026/ })
        .waitFor();
      await reader.getByText('Priya Holloway, 01632 960 418', { exact: true }).waitFor();
      await expect(
        reader.getByRole('list', { name: 'Documents of this meeting' }).innerText(),
      ).resolves.toMatch(/^Agenda pack \(Word \d+ KB\)\nMinutes \(Word \d+ KB\)$/);
      const papers = reader.getByRole('list', { name: `Papers for item ${publicItem}` });
      await expect(papers.innerText()).resolves.toMatch(
        /^street-trading\.pdf \(PDF 105 KB\)\nstreet-trading-map\.docx \(Word \d+ KB\)$/,
      );
      const publicSection = reader.locator('section.item', { hasText: 'Street Trading Policy' });
      await expect(publicSection.innerText()).resolves.toMatch(
        /Minutes \(\d+\)\s+The Licensing Manager introduced the revised street trading policy\.\s+AGREED: That the street trading policy be adopted\./,
      );
      const exemptSection = reader.locator('section.item', { hasText: 'Premises Licence Debt' });
      await expect(exemptSection.innerText()).resolves.toContain('its papers and minutes are not published');
      await mkdir(keepFolder, { recursive: true });
      await reader.screenshot({ path: `${keepFolder}/published-meeting.png`, fullPage: true });

      // Every page: every link and image resolves to a published file, and axe-core finds nothing serious.
      const problems: Record<string, string[]> = {};
      const pages = names.filter((file) => file.endsWith('.html') && file !== 'chamber-page-template.html');
      for (const name of pages) {
        await reader.goto(pathToFileURL(join(where, name)).href);
        const targets = await reader.evaluate(() =>
          [...document.querySelectorAll('a[href], link[href], img[src]')].map(
            (element) => element.getAttribute('href') ?? element.getAttribute('src') ?? '',
          ),
        );
        for (const target of targets) {
          if (target.startsWith('#'))
            expect(await reader.locator(target).count(), `${name} ${target}`).toBe(1);
          else expect(names, `${name} links to ${target}`).toContain(target);
        }
        const found = await seriousProblems(reader);
        if (found.length > 0) problems[name] = found;
        await reader.screenshot({
          path: `${keepFolder}/published-${name.replace(/\.html$/, '')}.png`,
          fullPage: true,
        });
      }
      expect(pages).toHaveLength(3);
      expect(names).toContain('logo.png');
      expect(problems).toEqual({});
    } finally {
      await browser.close();
    }
  });
});
