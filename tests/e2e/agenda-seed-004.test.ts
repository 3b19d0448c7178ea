import { readFile } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openChamber, type Chamber } from './support/browser';
import { poll } from './support/wait';

type Seed = {
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

let open: Chamber | undefined;

afterEach(async () => {
  await open?.context.close();
  open = undefined;
});

/** A PDF with a real page tree of `pages` pages, as an officer's report would be. */
function pdfOf(pages: number): Buffer {
  const kids = Array.from({ length: pages }, (_, index) => `${index + 3} 0 R`).join(' ');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${kids}] /Count ${pages} >>`,
    ...Array.from({ length: pages }, () => '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>'),
  ];
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

async function openDetails(page: Page, number: string): Promise<void> {
  await page.getByRole('button', { name: `Details of item ${number}`, exact: true }).click();
}

async function agendaLines(page: Page): Promise<string[]> {
  const items = page.getByRole('list', { name: 'Agenda' }).locator(':scope > li');
  return items.evaluateAll((lis) => lis.map((li) => li.getAttribute('aria-label') ?? ''));
}

describe('seed 004: the Harrow Partnership Board agenda of 13 March 2013, keyed in through the screens', () => {
  it('keys in the membership, the agenda with its papers and a report to follow, and shows them', async () => {
    const seed = JSON.parse(
      await readFile('tests/documents/fixtures/seed-004-partnership-board.json', 'utf8'),
    ) as Seed;
    open = await openChamber();
    const { page } = open;

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
    await poll(() => members.locator('tbody tr').count()).toBe(26);
    expect(await members.textContent()).toContain('Councillor Graham Henson');

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
      await poll(async () => (await agendaLines(page)).some((label) => label.endsWith(item.title))).toBe(
        true,
      );
    }
    expect(await agendaLines(page)).toEqual(
      seed.meeting.agenda.map((item) => `Item ${item.number}: ${item.title}`),
    );

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
      if (item.papers === 'report') {
        const [from, to] = (item.seedPages ?? '').split(' - ').map(Number);
        const pages = (to ?? 0) - (from ?? 0) + 1;
        const [chooser] = await Promise.all([
          page.waitForEvent('filechooser'),
          page.getByRole('button', { name: `Attach .docx or .pdf to item ${item.number}` }).click(),
        ]);
        await chooser.setFiles({
          name: `${item.title.slice(0, 20)}.pdf`,
          mimeType: 'application/pdf',
          buffer: pdfOf(pages),
        });
        const papers = page.getByRole('table', { name: `Papers for item ${item.number}` });
        await poll(() => papers.locator('tbody tr').first().textContent()).toContain(String(pages));
      }
      if (item.papers === 'to follow') {
        await page.getByLabel(`Paper to follow (item ${item.number})`).fill(item.title);
        await page.getByRole('button', { name: 'Mark “To Follow”' }).click();
        await poll(() =>
          page.getByRole('list', { name: 'Reports still outstanding' }).textContent(),
        ).toContain(`${item.number}. ${item.title} (To Follow)`);
      }
      await openDetails(page, item.number);
    }

    // The deadlines for Wednesday 13 March 2013 (England and Wales, Saturdays not clear days).
    const deadlines = page.getByRole('region', { name: 'Deadlines' });
    expect(await deadlines.textContent()).toContain('Publish the agenda by 5 March 2013');
    await page.screenshot({ path: 'tests/e2e/screenshots/seed-004-agenda.png', fullPage: true });
    await page.setViewportSize({ width: 640, height: 450 });
    await page.screenshot({ path: 'tests/e2e/screenshots/seed-004-agenda-200.png' });

    // Everything is kept across a reload.
    await page.reload();
    await poll(() => agendaLines(page)).toEqual(
      seed.meeting.agenda.map((item) => `Item ${item.number}: ${item.title}`),
    );
    expect(
      await page.getByText('The next Board Meeting is scheduled for Thursday 27th June 2013.').count(),
    ).toBe(1);
  });
});
