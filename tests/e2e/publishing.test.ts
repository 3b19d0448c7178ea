import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { chromiumPath } from '../../scripts/system-deps.mjs';
import { appUrl, chromiumArgs, openChamber, type Chamber } from './support/browser';
import {
  addItem,
  attachReport,
  keepFolder,
  keyCommitteeAndMeeting,
  report,
  screenshot,
} from './documents-support';

let open: Chamber | undefined;
afterEach(async () => {
  await open?.context.close();
  open = undefined;
});

/** A one-pixel PNG: the council's crest, as far as the test needs one. */
const onePixelPng = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 20_000, interval: 100 });

/**
 * A real one-page PDF (pdf.js counts its pages when it is attached) of `size` bytes: its text, then a comment
 * padding it out to the size, as a scanned report would weigh, with the cross-reference table where it says.
 */
function pdfPaper(label: string, size: number): Uint8Array {
  const content = `BT /F1 12 Tf 72 720 Td (${label}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(body.length);
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const trailer = (at: number) =>
    `xref\n0 6\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')}trailer\n<< /Size 6 /Root 1 0 R >>\nstartxref\n${at}\n%%EOF\n`;
  const padding = Math.max(0, size - body.length - trailer(0).length - 8);
  body += `%${'x'.repeat(Math.max(0, padding - 2))}\n`;
  const xrefAt = body.length;
  const tail = trailer(xrefAt);
  return new TextEncoder().encode(body + tail);
}

/**
 * The clerk's folder is a folder of the browser's private file system (a real directory handle): Chromium's
 * picker is a native dialog a test cannot click, as in sync-folder.test.ts.
 */
async function withPickableFolder(chamber: Chamber): Promise<void> {
  await chamber.context.addInitScript(() => {
    (window as unknown as { showDirectoryPicker: unknown }).showDirectoryPicker = async () =>
      (await navigator.storage.getDirectory()).getDirectoryHandle('published', { create: true });
  });
  await chamber.page.reload();
}

/** Every file Chamber published, copied out of the browser onto the disk, as the web team would receive them. */
async function copyPublishedFolder(page: Page): Promise<{ where: string; names: string[] }> {
  const files = await page.evaluate(async () => {
    const folder = await (await navigator.storage.getDirectory()).getDirectoryHandle('published');
    const found: Record<string, string> = {};
    for await (const [name, handle] of (
      folder as unknown as { entries(): AsyncIterable<[string, FileSystemFileHandle]> }
    ).entries()) {
      const bytes = new Uint8Array(await (await handle.getFile()).arrayBuffer());
      found[name] = btoa(Array.from(bytes, (byte) => String.fromCharCode(byte)).join(''));
    }
    return found;
  });
  const where = await mkdtemp(join(tmpdir(), 'chamber-published-'));
  for (const [name, base64] of Object.entries(files))
    await writeFile(join(where, name), Buffer.from(base64, 'base64'));
  return { where, names: Object.keys(files).sort() };
}

type Violation = { id: string; impact: string | null; help: string; nodes: { target: string[] }[] };

/** axe-core's serious and critical findings on the page, its script put in by the test (no network). */
async function seriousProblems(page: Page): Promise<string[]> {
  await page.evaluate(await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'));
  const violations = (await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run: (c: object, o: object) => Promise<{ violations: unknown[] }> } }
    ).axe;
    return (await axe.run({ include: [['html']] }, { resultTypes: ['violations'] })).violations;
  })) as Violation[];
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id}: ${violation.help} at ${violation.nodes.map((n) => n.target.join(' ')).join('; ')}`,
    );
}

/** What has the focus, by its accessible label, as the live meeting test reads it. */
async function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null;
    if (!active || active === document.body) return '';
    const labelled = active.getAttribute('aria-label');
    if (labelled) return labelled;
    return (active as HTMLInputElement).labels?.[0]?.textContent ?? '';
  });
}

async function takeNextItem(page: Page, title: string): Promise<void> {
  // Alt+N takes the next item on the agenda; standing items the committee starts with are taken and left empty.
  for (let tries = 0; tries < 15; tries += 1) {
    const before = await focused(page);
    await page.keyboard.press('Alt+N');
    // Wait for the next minute to open: the one before also reads "Minute ...".
    await poll(async () => {
      const now = await focused(page);
      return now.startsWith('Minute ') && now !== before;
    }).toBe(true);
    if ((await focused(page)).endsWith(`: ${title}`)) return;
  }
  throw new Error(`Alt+N never reached "${title}"`);
}

async function resolveAs(page: Page, text: string): Promise<void> {
  await page.keyboard.press('Alt+R');
  await poll(() => focused(page)).toMatch(/^Wording/);
  await page.keyboard.press('Tab');
  await poll(() => focused(page)).toMatch(/^Resolution for/);
  await page.keyboard.type(text);
}

describe('a clerk publishes a meeting to the council website folder', () => {
  it('publishes the agenda and minutes, with public papers only, as pages that work offline and pass axe-core', async () => {
    open = await openChamber();
    await withPickableFolder(open);
    const { page } = open;
    // The council's name, contact and logo, from Settings, dress every published page.
    await page.goto(appUrl('settings'));
    await page.getByRole('textbox', { name: 'Organisation name' }).fill('Wrenmoor Borough Council');
    await page.getByRole('textbox', { name: 'Democratic services contact' }).fill('Priya Holloway');
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
    await page.getByRole('link', { name: 'In the meeting' }).click();
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
    await page.getByText(/^Published to “published”: 2 files written, \d+ unchanged\.$/).waitFor();
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
    for (const name of names) {
      const text = (await readFile(join(where, name))).toString('latin1');
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
