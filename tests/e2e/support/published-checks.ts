import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { chromiumPath } from '../../../scripts/system-deps.mjs';
import { docxText } from '../../../renderer/db/search/docx-text';
import { popplerRead } from '../chromium-print';
import { keepFolder } from '../documents-support';
import { seriousProblems } from '../publishing-support';
import { chromiumArgs } from './browser';

/** The page template is the web team's to adjust, not a page of the site. */
export const sitePages = (names: string[]) =>
  names.filter((name) => name.endsWith('.html') && name !== 'chamber-page-template.html');

/**
 * What a reader (or a search engine) can get out of every published file: a PDF's text as pdftotext reads it, page
 * by page; a Word file's text; anything else as it is written (HTML, the feeds, the manifest, the stylesheet).
 */
export async function publishedText(where: string, names: string[]): Promise<Record<string, string>> {
  const texts: Record<string, string> = {};
  for (const name of names) {
    const bytes = await readFile(join(where, name));
    if (name.endsWith('.pdf')) texts[name] = (await popplerRead(bytes)).pages.join('\f');
    else if (name.endsWith('.docx')) texts[name] = docxText(bytes);
    else texts[name] = bytes.toString('utf8');
  }
  return texts;
}

/** Each page of a published PDF as pdftotext reads it, runs of white space made one space. */
export async function pdfPages(where: string, name: string): Promise<string[]> {
  const { pages } = await popplerRead(await readFile(join(where, name)));
  return pages.map((page) => page.replace(/\s+/g, ' '));
}

/** The "(Pages a - b)" or "(Page a)" the printed agenda gives an item, as [first, last]. */
export function agendaPages(agenda: string, title: string): [number, number] | undefined {
  const escaped = title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`${escaped} \\((?:Pages (\\d+) - (\\d+)|Page (\\d+))\\)`).exec(agenda);
  if (!match) return undefined;
  return [Number(match[1] ?? match[3]), Number(match[2] ?? match[3])];
}

export type OfflineReader = { reader: Page; close: () => Promise<void> };

/** The web team's view: a Chromium with no network at all, opening the folder's files from the disk. */
export async function offlineReader(): Promise<OfflineReader> {
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: chromiumArgs,
  });
  const context = await browser.newContext({ offline: true, locale: 'en-GB' });
  return { reader: await context.newPage(), close: () => browser.close() };
}

export function openPublished(reader: Page, where: string, name: string): Promise<unknown> {
  return reader.goto(pathToFileURL(join(where, name)).href);
}

/**
 * Opens every published page offline: every link, stylesheet and picture must be a file in the folder (or a
 * fragment of the page itself), and axe-core must find nothing serious or critical. Returns what was wrong, by
 * page; each page is kept as a screenshot under keepFolder with `prefix`.
 */
export async function checkEveryPage(
  reader: Page,
  where: string,
  names: string[],
  prefix: string,
): Promise<Record<string, string[]>> {
  const problems: Record<string, string[]> = {};
  await mkdir(keepFolder, { recursive: true });
  for (const name of sitePages(names)) {
    await openPublished(reader, where, name);
    const found: string[] = [];
    const targets = await reader.evaluate(() =>
      [...document.querySelectorAll('a[href], link[href], img[src]')].map(
        (element) => element.getAttribute('href') ?? element.getAttribute('src') ?? '',
      ),
    );
    for (const target of targets) {
      if (target.startsWith('#')) {
        if ((await reader.locator(target).count()) !== 1) found.push(`${target} is not on the page`);
      } else if (!names.includes(decodeURIComponent(target))) found.push(`links to ${target}, not published`);
    }
    found.push(...(await seriousProblems(reader)));
    if (found.length > 0) problems[name] = found;
    await reader.screenshot({
      path: `${keepFolder}/${prefix}-${name.replace(/\.html$/, '')}.png`,
      fullPage: true,
    });
  }
  return problems;
}
