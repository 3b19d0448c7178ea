import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { poll } from './wait';

export type Seed004 = {
  committee: {
    name: string;
    members: { name: string; role: string; organisation: string }[];
    substitutes: { name: string; organisation: string }[];
    officers: { name: string; organisation: string }[];
  };
  meeting: {
    date: string;
    start: string;
    venue: string;
    agenda: { number: string; title: string; description?: string; papers?: string; seedPages?: string }[];
  };
};

export type SeedAgendaItem = Seed004['meeting']['agenda'][number];

/** A paper as the clerk picks it in the file chooser. */
export type PickedPaper = { name: string; bytes: Uint8Array };

export async function readSeed004(): Promise<Seed004> {
  return JSON.parse(
    await readFile('tests/documents/fixtures/seed-004-partnership-board.json', 'utf8'),
  ) as Seed004;
}

/**
 * A PDF with a real page tree of `pages` pages, as an officer's report would be; with a `label`, each page says
 * "<label> page N" in words pdftotext reads, so a test can find where each page landed in a pack.
 */
export function pdfOf(pages: number, label?: string): Buffer {
  const font = 3 + pages * 2;
  const kids = Array.from({ length: pages }, (_, index) => `${index * 2 + 3} 0 R`).join(' ');
  const objects = ['<< /Type /Catalog /Pages 2 0 R >>', `<< /Type /Pages /Kids [${kids}] /Count ${pages} >>`];
  for (let index = 0; index < pages; index += 1) {
    const text = label ? `BT /F1 14 Tf 72 720 Td (${label} page ${index + 1}) Tj ET` : '';
    objects.push(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents ${index * 2 + 4} 0 R /Resources << /Font << /F1 ${font} 0 R >> >> >>`,
      `<< /Length ${text.length} >>\nstream\n${text}\nendstream`,
    );
  }
  objects.push('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>');
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(body.length);
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** The number of pages the seed prints a report on ("(Pages 7 - 12)" is six). */
export function seedPageCount(item: SeedAgendaItem): number {
  const [from, to] = (item.seedPages ?? '').split(' - ').map(Number);
  return (to ?? 0) - (from ?? 0) + 1;
}

function split(name: string): [string, string] {
  const match = /^(Councillor|Dr) (.*)$/.exec(name);
  return match ? [match[1] ?? '', match[2] ?? ''] : ['', name];
}

async function memberRow(
  page: Page,
  index: number,
  name: string,
  role: string,
  group: string,
): Promise<void> {
  if (index > 1) await page.getByRole('button', { name: 'Add member' }).click();
  const [title, rest] = split(name);
  if (title) await page.getByLabel(`Title (member ${index})`, { exact: true }).fill(title);
  await page.getByRole('combobox', { name: new RegExp(`^Name \\(member ${index}\\)`) }).fill(rest);
  await page.getByLabel(`Role (member ${index})`, { exact: true }).selectOption({ label: role });
  await page.getByLabel(`Group or organisation (member ${index})`, { exact: true }).fill(group);
}

export async function openDetails(page: Page, number: string): Promise<void> {
  await page.getByRole('button', { name: `Details of item ${number}`, exact: true }).click();
}

/** The agenda as the screen lists it: "Item 5: Safer Harrow - Update". */
export async function agendaLines(page: Page): Promise<string[]> {
  const items = page.getByRole('list', { name: 'Agenda' }).locator(':scope > li');
  return items.evaluateAll((lis) => lis.map((li) => li.getAttribute('aria-label') ?? ''));
}

/** Attach one file to an item whose details are open, through the attach button's file chooser. */
export async function attachPaper(page: Page, number: string, paper: PickedPaper): Promise<void> {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: `Attach .docx or .pdf to item ${number}` }).click(),
  ]);
  const mimeType = paper.name.endsWith('.pdf') ? 'application/pdf' : 'application/octet-stream';
  await chooser.setFiles({ name: paper.name, mimeType, buffer: Buffer.from(paper.bytes) });
  await page
    .getByRole('table', { name: `Papers for item ${number}` })
    .getByRole('cell', { name: paper.name, exact: true })
    .waitFor();
}

/**
 * Keys seed 004's Harrow Partnership Board (members, substitutes, officers) and its meeting of 13 March 2013 with
 * the seed's ten agenda items, their descriptions, the reports (each from `reportFor`: by default a blank PDF of
 * the seed's length) and the report "To Follow", through the screens as a clerk would; returns the meeting's URL.
 *
 * @example const meetingUrl = await keySeed004Agenda(page, seed)
 */
export async function keySeed004Agenda(
  page: Page,
  seed: Seed004,
  reportFor: (item: SeedAgendaItem) => PickedPaper = (item) => ({
    name: `${item.title.slice(0, 20)}.pdf`,
    bytes: pdfOf(seedPageCount(item)),
  }),
): Promise<string> {
  await page.getByRole('button', { name: 'New committee' }).click();
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill(seed.committee.name);
  await page.getByLabel('Type').selectOption({ label: 'Board' });
  const rows = [
    ...seed.committee.members.map((m) => ({ ...m, role: m.role === 'Chair' ? 'Chair' : 'Member' })),
    ...seed.committee.substitutes.map((m) => ({ ...m, role: 'Substitute' })),
    ...seed.committee.officers.map((m) => ({ ...m, role: 'Adviser / Officer' })),
  ];
  for (const [index, row] of rows.entries()) {
    await memberRow(page, index + 1, row.name, row.role, row.organisation);
  }
  await page.getByRole('button', { name: 'Save committee' }).click();
  await poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(seed.committee.name);
  const members = page.getByRole('table', { name: 'Members' });
  await poll(() => members.locator('tbody tr').count()).toBe(rows.length);
  await poll(() => members.textContent()).toContain('Councillor Graham Henson');

  await page.getByLabel('Date').fill(seed.meeting.date);
  await page.getByLabel('Start time').fill(seed.meeting.start);
  await page.getByLabel('Venue').fill(seed.meeting.venue);
  await page.getByRole('button', { name: 'Create meeting' }).click();
  await poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(
    `${seed.committee.name}: Wednesday 13 March 2013`,
  );

  // The seed's agenda has no apologies, action list or exclusion item: the clerk removes them.
  for (const title of [
    'Apologies for Absence',
    'Action List from the Previous Meeting',
    'Exclusion of the Press and Public',
  ]) {
    // The agenda is read once it is back in the accessibility tree (a closing dialog hides the page a moment).
    await poll(async () => (await agendaLines(page)).some((label) => label.endsWith(title))).toBe(true);
    const line = (await agendaLines(page)).find((label) => label.endsWith(title)) ?? '';
    const number = /^Item (\d+)/.exec(line)?.[1] ?? '';
    await openDetails(page, number);
    await page.getByRole('button', { name: `Remove item ${number}` }).click();
    await page
      .getByRole('alertdialog')
      .getByRole('button', { name: `Remove item ${number}` })
      .click();
    await page.getByRole('alertdialog').waitFor({ state: 'detached' });
    await poll(async () => (await agendaLines(page)).some((label) => label.endsWith(title))).toBe(false);
  }

  for (const item of seed.meeting.agenda.slice(3, 8)) {
    await page.getByLabel('Item title').fill(item.title);
    await page.getByLabel('Description').fill(item.description ?? '');
    await page.getByRole('button', { name: 'Add item' }).click();
    await poll(async () => (await agendaLines(page)).some((label) => label.endsWith(item.title))).toBe(true);
  }

  // Descriptions of the standing items as the seed prints them, and the papers.
  for (const item of seed.meeting.agenda) {
    const standing = ['1', '2', '3', '10'].includes(item.number);
    if (!standing && !item.papers) continue;
    await openDetails(page, item.number);
    const details = page.getByRole('form', { name: `Details of item ${item.number}` });
    if (standing) {
      await details.getByLabel('Purpose or summary').fill(item.description ?? '');
      await details.getByRole('button', { name: `Save item ${item.number}` }).click();
      await poll(() => details.getByRole('status').textContent()).toBe('Saved.');
    }
    if (item.papers === 'report') await attachPaper(page, item.number, reportFor(item));
    if (item.papers === 'to follow') {
      await page.getByLabel(`Paper to follow (item ${item.number})`).fill(item.title);
      await page.getByRole('button', { name: 'Mark “To Follow”' }).click();
      await poll(() => page.getByRole('list', { name: 'Reports still outstanding' }).textContent()).toContain(
        `${item.number}. ${item.title} (To Follow)`,
      );
    }
    await openDetails(page, item.number);
  }
  return page.url();
}
