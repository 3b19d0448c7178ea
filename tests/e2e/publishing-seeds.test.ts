import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { addItem, report } from './documents-support';
import { libreOfficeWordReport } from './word-reports';
import { copyPublishedFolder, pdfPaper, withPickableFolder } from './publishing-support';
import { appUrl, openChamber } from './support/browser';
import { withDesktopPrinter } from './support/desktop-print';
import {
  agendaPages,
  checkEveryPage,
  offlineReader,
  openPublished,
  pdfPages,
  publishedText,
} from './support/published-checks';
import { keySeed001Agenda, minuteSeed001, readSeed001, seedOpenings } from './support/seed-001';
import { attachPaper, keySeed004Agenda, openDetails, pdfOf, readSeed004 } from './support/seed-004';

/** Every exempt word the clerk keyed starts with this: none may reach any published file. */
const marker = 'EXEMPT-MARKER';
const published = /^Published to “published”: \d+ files written, \d+ unchanged\.$/;

/** The council's name on every page, from Settings, as the clerk sets it once. */
async function nameTheCouncil(page: Page, name: string): Promise<void> {
  await page.goto(appUrl('settings'));
  await page.getByRole('textbox', { name: 'Organisation name' }).fill(name);
  await page.getByRole('button', { name: 'Save settings' }).click();
  await page
    .getByRole('textbox', { name: 'Organisation name' })
    .and(page.locator(`[value="${name}"]`))
    .waitFor();
  await page.goto(appUrl(''));
}

/** An appendix made exempt deliberately through its Status dialog (paragraph 3: commercial information). */
async function makeExempt(page: Page, item: string, name: string): Promise<void> {
  const papers = page.getByRole('table', { name: `Papers for item ${item}` });
  await papers.getByRole('button', { name: `Status of ${name}` }).click();
  const dialog = page.getByRole('alertdialog', { name: `Status of “${name}”` });
  await dialog.getByRole('radio', { name: /^Exempt/ }).check();
  await dialog.getByRole('button', { name: 'Make it exempt' }).click();
  await dialog.getByLabel('Schedule 12A paragraph').selectOption({ value: '3' });
  await dialog.getByLabel('Public-interest reason').fill('The prices would prejudice the contract.');
  await dialog.getByRole('button', { name: 'Make it exempt' }).click();
  await dialog.waitFor({ state: 'detached' });
  await papers
    .getByRole('row', { name: new RegExp(name.replace('.', '\\.')) })
    .getByText('Exempt, paragraph 3')
    .waitFor();
}

/** Publish from the meeting's Papers tab and wait for the clerk to be told it is done. */
async function publishFromPapersTab(page: Page, meetingUrl: string, button: string): Promise<void> {
  await page.goto(meetingUrl);
  await page.getByRole('tab', { name: 'Papers' }).click();
  await page.getByRole('button', { name: button }).click();
  await page.getByText(published).waitFor({ timeout: 180_000 });
}

/** Nothing exempt anywhere: every file's text, PDFs and Word files included. */
async function expectNothingExempt(where: string, names: string[]): Promise<void> {
  const texts = await publishedText(where, names);
  const leaks = Object.entries(texts)
    .filter(([, text]) => text.includes(marker))
    .map(([name]) => name);
  expect(leaks).toEqual([]);
}

describe('publishing the seeds through the screens, read back offline as the public would', () => {
  it('seed 004: publishes the Partnership Board agenda with its papers, the pack PDF’s pages right, nothing exempt', async () => {
    const seed = await readSeed004();
    const open = await openChamber();
    const closePrinter = await withDesktopPrinter(open);
    try {
      await withPickableFolder(open);
      const { page } = open;
      await nameTheCouncil(page, 'Harrow Council');
      // An officer's report in Word as councils write them (headings, a table, a chart, a footnote).
      const journey = await libreOfficeWordReport('CHILDS-JOURNEY', 4);
      const papers: Record<string, { name: string; bytes: Uint8Array }> = {
        '5': { name: 'Safer Harrow Update.pdf', bytes: pdfOf(6, 'SAFER-HARROW') },
        '6': { name: 'Childs Journey.docx', bytes: journey.bytes },
        '8': { name: 'Chief Executives Activity.pdf', bytes: pdfOf(4, 'CHIEF-EXECS') },
      };
      const meetingUrl = await keySeed004Agenda(page, seed, (item) => papers[item.number]!);

      // The Safer Harrow report has an exempt appendix of contract prices; a Part B item is added at the end.
      await openDetails(page, '5');
      await attachPaper(page, '5', { name: 'Patrol prices.pdf', bytes: pdfOf(2, `${marker}-APPENDIX`) });
      await makeExempt(page, '5', 'Patrol prices.pdf');
      await openDetails(page, '5');
      const partB = await addItem(
        page,
        'Partner Funding Arrangements',
        `${marker}-DESCRIPTION of the bids.`,
        true,
      );
      await openDetails(page, partB);
      await attachPaper(page, partB, { name: 'Funding bids.pdf', bytes: pdfOf(1, `${marker}-PART-B`) });
      await openDetails(page, partB);

      await publishFromPapersTab(page, meetingUrl, 'Publish agenda');
      const { where, names } = await copyPublishedFolder(page);
      const packPdf = names.find((name) => name.endsWith('-agenda-pack.pdf'));
      expect(packPdf).toBeTruthy();
      expect(names.filter((name) => name.endsWith('.pdf')).length).toBe(3);
      // The leak test reads the feeds and the manifest too.
      expect(names).toEqual(
        expect.arrayContaining(['feed.atom', 'meetings.ics', 'chamber-published.json', 'index.html']),
      );
      await expectNothingExempt(where, names);

      const { reader, close } = await offlineReader();
      try {
        const meetingPage = names.find((name) => /2013-03-13.*\.html$/.test(name)) ?? '';
        await openPublished(reader, where, meetingPage);
        const headings = (await reader.locator('section.item h3').allInnerTexts()).map((text) =>
          text.replace(/\s+/g, ' '),
        );
        // A Part B item brings back the exclusion of the press and public before it.
        expect(headings).toEqual([
          ...seed.meeting.agenda.slice(0, 9).map((item) => `${item.number}. ${item.title}`),
          '10. Exclusion of the Press and Public',
          '11. Partner Funding Arrangements',
          `12. ${seed.meeting.agenda[9]?.title}`,
        ]);
        const item = (number: string) => reader.locator('section.item').nth(Number(number) - 1);
        await expect(item('5').innerText()).resolves.toMatch(
          /Safer Harrow Update\.pdf \(PDF \d+ KB\)[\s\S]*“Patrol prices\.pdf” \(item 5\) is not for publication/,
        );
        await expect(item('6').innerText()).resolves.toMatch(/Childs Journey\.docx \(Word \d+ KB\)/);
        await expect(item('7').innerText()).resolves.toContain('Report to follow.');
        await expect(item('8').innerText()).resolves.toMatch(/Chief Executives Activity\.pdf \(PDF \d+ KB\)/);
        await expect(item(partB).innerText()).resolves.toContain('its papers and minutes are not published');
        expect(await checkEveryPage(reader, where, names, 'seed-004')).toEqual({});
      } finally {
        await close();
      }

      // The pack's agenda gives each report the pages it really starts and ends on.
      const pages = await pdfPages(where, packPdf ?? '');
      const pageOf = (text: string) => pages.findIndex((page) => page.includes(text)) + 1;
      // The agenda may run onto a second page; only it says "(Pages a - b)".
      const agenda = pages.join(' ');
      const withheld = pageOf('“Patrol prices.pdf” (item 5) is not for publication');
      expect(withheld).toBeGreaterThan(pageOf('SAFER-HARROW page 6'));
      expect(agendaPages(agenda, 'Safer Harrow - Update')).toEqual([pageOf('SAFER-HARROW page 1'), withheld]);
      expect(agendaPages(agenda, seed.meeting.agenda[5]?.title ?? '')).toEqual([
        pageOf(journey.marks.firstLine),
        pageOf(journey.marks.lastLine),
      ]);
      expect(pageOf(journey.marks.lastLine)).toBeGreaterThan(pageOf(journey.marks.firstLine));
      expect(agendaPages(agenda, 'Report of Activity at Harrow Chief Executives')).toEqual([
        pageOf('CHIEF-EXECS page 1'),
        pages.length,
      ]);
      expect(pageOf('CHIEF-EXECS page 4')).toBe(pages.length);
    } finally {
      await closePrinter();
    }
  });
  it('seed 001: publishes the Scrutiny & Overview minutes under their items, in the PDF and Word minutes too, nothing exempt', async () => {
    const seed = await readSeed001();
    const open = await openChamber();
    const closePrinter = await withDesktopPrinter(open);
    try {
      await withPickableFolder(open);
      const { page } = open;
      await nameTheCouncil(page, 'Croydon Council');
      let plan = '';
      let questionTime = '';
      const meetingUrl = await keySeed001Agenda(page, seed, async (numberOf) => {
        plan = await numberOf("Children's Improvement Plan Update");
        await openDetails(page, plan);
        await attachPaper(page, plan, {
          name: 'Childrens Improvement Plan.docx',
          bytes: await report('CHILDREN-PLAN', 2),
        });
        await attachPaper(page, plan, {
          name: 'Agency costs.docx',
          bytes: await report(`${marker}-COSTS`, 1),
        });
        await makeExempt(page, plan, 'Agency costs.docx');
        await openDetails(page, plan);
        questionTime = await numberOf(seed.meeting.minutes[4]?.title ?? '');
        await openDetails(page, questionTime);
        await attachPaper(page, questionTime, {
          name: 'Community Safety presentation.pdf',
          bytes: pdfPaper('QUESTION-TIME', 107_520),
        });
        await openDetails(page, questionTime);
      });
      await minuteSeed001(page, meetingUrl, seed);

      await publishFromPapersTab(page, meetingUrl, 'Publish minutes');
      const { where, names } = await copyPublishedFolder(page);
      const minutesPdf = names.find((name) => name.endsWith('-minutes.pdf'));
      const packPdf = names.find((name) => name.endsWith('-agenda-pack.pdf'));
      const minutesDocx = names.find((name) => name.endsWith('-minutes.docx'));
      expect([minutesPdf, packPdf, minutesDocx].every(Boolean)).toBe(true);
      await expectNothingExempt(where, names);

      let pageText = '';
      const { reader, close } = await offlineReader();
      try {
        const meetingPage = names.find((name) => /2018-03-06.*\.html$/.test(name)) ?? '';
        await openPublished(reader, where, meetingPage);
        pageText = (await reader.locator('main').innerText()).replace(/\s+/g, ' ');
        const attendance = await reader.locator('dl.attendance, table.attendance').allInnerTexts();
        for (const name of [
          ...seed.meeting.alsoPresent,
          ...seed.meeting.apologies,
          'Councillor Sean Fitzsimons',
        ])
          expect(attendance.join('\n')).toContain(name);
        // Each minute under its own item, numbered through the municipal year, as seed 001 prints them.
        const sections = reader.locator('section.item');
        expect(await sections.count()).toBe(seed.meeting.minutes.length);
        for (const [index, minute] of seed.meeting.minutes.entries()) {
          const text = (await sections.nth(index).innerText()).replace(/\s+/g, ' ');
          expect(text).toContain(`${index + 1}. ${minute.title}`);
          expect(text).toContain(`Minutes (${minute.number}) ${seedOpenings[minute.number] ?? minute.text}`);
          for (const [at, conclusion] of (minute.conclusions ?? []).entries())
            expect(text).toContain(`${at === 0 ? 'i' : 'ii'}. ${conclusion}`);
        }
        await expect(sections.nth(Number(plan) - 1).innerText()).resolves.toMatch(
          /Childrens Improvement Plan\.docx \(Word \d+ KB\)[\s\S]*“Agency costs\.docx” \(item \d+\) is not for publication/,
        );
        await expect(sections.nth(Number(questionTime) - 1).innerText()).resolves.toContain(
          'Community Safety presentation.pdf (PDF 105 KB)',
        );
        expect(await checkEveryPage(reader, where, names, 'seed-001')).toEqual({});
      } finally {
        await close();
      }

      // The public minutes as PDF and Word carry the same minutes; the pack's agenda pages match its papers.
      const minutesText = (await pdfPages(where, minutesPdf ?? '')).join(' ');
      const wordText = (await publishedText(where, [minutesDocx ?? '']))[minutesDocx ?? ''] ?? '';
      for (const minute of seed.meeting.minutes) {
        expect(minutesText).toContain(`${minute.title} Minutes (${minute.number})`);
        expect(wordText).toContain(minute.title);
      }
      expect(minutesText).toContain(seed.meeting.minutes[3]?.conclusions?.[0]);
      // The minutes end as seed 001's do, on the page, in the PDF and in Word.
      for (const text of [pageText, minutesText, wordText])
        expect(text).toContain('The meeting ended at 9.20 pm');
      const pages = await pdfPages(where, packPdf ?? '');
      const pageOf = (text: string) => pages.findIndex((page) => page.includes(text)) + 1;
      // The agenda may run onto a second page; only it says "(Pages a - b)".
      const agenda = pages.join(' ');
      const withheld = pageOf('“Agency costs.docx” (item');
      expect(withheld).toBeGreaterThan(pageOf('CHILDREN-PLAN page 2'));
      expect(agendaPages(agenda, "Children's Improvement Plan Update")).toEqual([
        pageOf('CHILDREN-PLAN page 1'),
        withheld,
      ]);
      expect(agendaPages(agenda, seed.meeting.minutes[4]?.title ?? '')).toEqual([
        pageOf('QUESTION-TIME'),
        pageOf('QUESTION-TIME'),
      ]);
    } finally {
      await closePrinter();
    }
  });
});
