import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import {
  AlignmentType,
  Document,
  Header,
  ImageRun,
  Packer,
  PageBreak,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from 'docx';
import type { Page } from 'playwright-core';

/** Where the documents and screenshots of these tests are kept for a person to look at (ignored by git). */
export const keepFolder = '.test-results/documents';

/** A committee and one meeting keyed through Chamber's forms, as the foundation test does; returns the meeting's URL. */
export async function keyCommitteeAndMeeting(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'New committee' }).click();
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Wrenmoor Licensing Committee');
  await page.getByLabel('Type').selectOption({ label: 'Committee' });
  await page.getByLabel('Title (member 1)').fill('Councillor');
  await page.getByRole('combobox', { name: 'Name (member 1)' }).fill('Ada Brown');
  await page.getByLabel('Role (member 1)').selectOption({ label: 'Chair' });
  await page.getByRole('button', { name: 'Save committee' }).click();
  await page.getByRole('heading', { level: 1, name: 'Wrenmoor Licensing Committee' }).waitFor();
  await page.getByLabel('Date').fill('2026-03-11');
  await page.getByLabel('Start time').fill('18:30');
  await page.getByLabel('Venue').fill('Council Chamber, Wrenmoor Town Hall');
  await page.getByRole('button', { name: 'Create meeting' }).click();
  await page.getByRole('tab', { name: 'Papers' }).waitFor();
  return page.url();
}

/** Add an agenda item through the Add an item form; Part B items get their paragraph and reason. */
export async function addItem(
  page: Page,
  title: string,
  description: string,
  partB = false,
): Promise<string> {
  const form = page.getByRole('form', { name: 'Add agenda item' });
  await form.getByLabel('Item title').fill(title);
  await form.getByLabel('Description').fill(description);
  if (partB) {
    await form.getByLabel('Part B (exempt)').check();
    await form.getByLabel('Schedule 12A paragraph').selectOption({ value: '3' });
    await form.getByLabel('Public-interest reason').fill('The figures are commercially sensitive.');
  }
  await form.getByRole('button', { name: 'Add item' }).click();
  const agenda = page.getByRole('list', { name: 'Agenda' });
  await agenda.getByText(title).first().waitFor();
  // Read the number from the item's own row: across the whole list, a digit ending the row before would run
  // into it ("6" + "7.Taxi Licensing Fees").
  const row = agenda.getByRole('listitem').filter({ hasText: title }).last();
  const number = new RegExp(`(\\d+)\\.${title}`).exec((await row.textContent()) ?? '')?.[1];
  if (!number) throw new Error(`"${title}" has no number on the agenda`);
  return number;
}

/**
 * A meeting of the Licensing Committee with one item, taken on the live screen and given an agreed action, so
 * its minutes and action log have something of their own. Returns the meeting's address.
 */
export async function keyMeetingWithAnAction(page: Page): Promise<string> {
  const meetingUrl = await keyCommitteeAndMeeting(page);
  const number = await addItem(page, 'Street Trading Policy', 'Report of the Licensing Manager.');
  await page.goto(`${meetingUrl}/live`);
  await page
    .getByRole('navigation', { name: 'Agenda' })
    .getByRole('button', { name: /Street Trading Policy/ })
    .click();
  await page.getByRole('button', { name: `Take item ${number} now` }).click();
  const addAction = page.getByRole('form', { name: 'Add an action' });
  await addAction.getByLabel('Action', { exact: true }).fill('Consult street traders on pitch fees');
  await addAction.getByLabel('Owner (a person, or type e.g. All)').fill('Clerk');
  await addAction.getByRole('button', { name: 'Add action' }).click();
  await page
    .getByRole('list', { name: 'Actions' })
    .getByText('Consult street traders on pitch fees')
    .waitFor();
  return meetingUrl;
}

/** Open an item's details and attach a file through the attach control's file chooser. */
export async function attachReport(
  page: Page,
  number: string,
  name: string,
  bytes: Uint8Array,
): Promise<void> {
  await page.getByRole('button', { name: `Details of item ${number}`, exact: true }).click();
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: `Attach .docx or .pdf to item ${number}` }).click(),
  ]);
  await chooser.setFiles({ name, mimeType: 'application/octet-stream', buffer: Buffer.from(bytes) });
  await page
    .getByRole('table', { name: `Papers for item ${number}` })
    .getByRole('cell', { name, exact: true })
    .waitFor();
}

/** Click a button that saves a document and return the downloaded bytes, kept under keepFolder too. */
export async function download(
  page: Page,
  button: string,
  keepAs: string,
  screenshotWhileBusy?: string,
): Promise<Uint8Array> {
  const downloaded = page.waitForEvent('download', { timeout: 60_000 });
  await page.getByRole('button', { name: button, exact: true }).click();
  if (screenshotWhileBusy) await screenshot(page, screenshotWhileBusy);
  const saved = await downloaded;
  const bytes = await readFile((await saved.path()) ?? '');
  await mkdir(keepFolder, { recursive: true });
  await writeFile(`${keepFolder}/${keepAs}`, bytes);
  return new Uint8Array(bytes);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await mkdir(keepFolder, { recursive: true });
  await page.screenshot({ path: `${keepFolder}/${name}.png`, fullPage: true });
}

/** An officer's report of `pages` pages, with a marker on its first and last page to find them in the pack. */
export async function report(marker: string, pages: number): Promise<Uint8Array> {
  const children: Paragraph[] = [];
  for (let page = 1; page <= pages; page++) {
    children.push(
      new Paragraph({ children: [new TextRun({ text: `${marker} page ${page}`, bold: true })] }),
      new Paragraph(`Body text of page ${page} of the ${marker} report.`),
    );
    if (page < pages) children.push(new Paragraph({ children: [new PageBreak()] }));
  }
  return pack(new Document({ sections: [{ children }] }));
}

/** An organisation's template: a letterhead in the header, the committee line, then {{body}} on its own. */
export async function letterheadTemplate(body = '{{body}}'): Promise<Uint8Array> {
  const header = new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ text: 'WRENMOOR BOROUGH COUNCIL LETTERHEAD', bold: true })],
      }),
    ],
  });
  return pack(
    new Document({
      sections: [
        {
          headers: { default: header },
          children: [new Paragraph('Committee: {{committee}}'), new Paragraph(body)],
        },
      ],
    }),
  );
}

async function pack(document: Document): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(document));
}

/**
 * An officer's report as a real PDF, `pages` pages long, made by LibreOffice from a .docx with text, a table and a
 * picture on every page, as councils make them. Each page's heading carries the marker (the PDF's text reaches the
 * pack only as pictures, so the tests find its pages by their pictures instead).
 */
export async function pdfReport(marker: string, pages: number): Promise<Uint8Array> {
  const chart = new Uint8Array(await readFile('tests/documents/agenda-pack/fixtures/chart.png'));
  const children: (Paragraph | Table)[] = [];
  for (let page = 1; page <= pages; page++) {
    children.push(
      new Paragraph({
        pageBreakBefore: page > 1,
        children: [new TextRun({ text: `${marker} page ${page}`, bold: true, size: 32 })],
      }),
      new Paragraph(`Body text of page ${page} of the ${marker} report, as the officer wrote it.`),
      new Table({
        rows: [
          ['Measure', 'Target', 'Actual'],
          ['Licences issued', '120', `${100 + page}`],
        ].map(
          (cells) =>
            new TableRow({
              children: cells.map((text) => new TableCell({ children: [new Paragraph(text)] })),
            }),
        ),
      }),
      new Paragraph({
        children: [new ImageRun({ type: 'png', data: chart, transformation: { width: 300, height: 180 } })],
      }),
    );
  }
  return convertToPdf(await pack(new Document({ sections: [{ children }] })), `${marker}.docx`);
}

async function convertToPdf(docx: Uint8Array, name: string): Promise<Uint8Array> {
  const work = await mkdtemp(join(tmpdir(), 'chamber-pdf-'));
  await writeFile(join(work, name), docx);
  await promisify(execFile)(
    'soffice',
    [
      `-env:UserInstallation=file://${work}/profile`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      work,
      join(work, name),
    ],
    { timeout: 120_000 },
  );
  return new Uint8Array(await readFile(join(work, name.replace(/\.docx$/, '.pdf'))));
}
