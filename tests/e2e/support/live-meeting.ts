import type { Page } from 'playwright-core';

/**
 * Key a committee and a meeting shaped like seed 004's Partnership Board of 6 December 2012 through
 * Chamber's own forms, and return the meeting's address (its hash route).
 */
export type SeedMember = { title: string; name: string; role: string; group: string };

export const boardMembers: SeedMember[] = [
  { title: 'Councillor', name: 'Thaya Idaikkadar', role: 'chair', group: 'Harrow Council' },
  { title: 'Councillor', name: 'Margaret Davine', role: 'member', group: 'Harrow Council' },
  { title: 'Councillor', name: 'Susan Hall', role: 'member', group: 'Harrow Council' },
  { title: '', name: 'Rob Larkman', role: 'member', group: 'NHS Harrow' },
  { title: '', name: 'Steve Porter', role: 'member', group: 'Voluntary and Community Sector' },
  { title: 'Dr', name: 'Genevieve Small', role: 'member', group: 'Clinical Commissioning Group' },
];

export const boardItems = [
  'Harrow Community Cohesion and Integration Charter',
  'Council Budget',
  'Community Budgets - A Better Way of Doing Business?',
  'Report of Activity at Harrow Chief Executives',
];

/** A field by its label; required fields' labels end in an asterisk. */
export function field(page: Page, label: string) {
  const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return page.getByLabel(new RegExp(`^${escaped}\\s*\\*?$`));
}

export async function typeInto(page: Page, label: string, text: string): Promise<void> {
  await field(page, label).focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
}

export async function keyBoardMeeting(page: Page, baseUrl: string): Promise<string> {
  await page.goto(`${baseUrl}#/committees/new`);
  await typeInto(page, 'Name', 'Harrow Partnership Board');
  await field(page, 'Type').selectOption('board');
  // The quorum box starts at 3; the arrow key sets it (typed digits count only once the box is left).
  await field(page, 'Quorum (members needed for business)').press('ArrowUp');
  for (const [index, member] of boardMembers.entries()) {
    const n = index + 1;
    if (index > 0) await page.getByRole('button', { name: 'Add member' }).press('Enter');
    if (member.title) await typeInto(page, `Title (member ${n})`, member.title);
    await typeInto(page, `Name (member ${n})`, member.name);
    await field(page, `Role (member ${n})`).selectOption(member.role);
    await typeInto(page, `Group or organisation (member ${n})`, member.group);
  }
  await page.getByRole('button', { name: 'Save committee' }).press('Enter');
  await page.getByRole('heading', { name: 'Harrow Partnership Board' }).waitFor();
  // Date and time boxes take typed digits in the browser's own order; set their values directly.
  await field(page, 'Date').fill('2012-12-06');
  await field(page, 'Start time').fill('18:00');
  await typeInto(page, 'Venue', 'Committee Room 5, Harrow Civic Centre');
  await page.getByRole('button', { name: 'Create meeting' }).press('Enter');
  await page.getByRole('tab', { name: 'Agenda' }).waitFor();
  for (const title of boardItems) {
    await typeInto(page, 'Item title', title);
    await page.getByRole('button', { name: 'Add item' }).press('Enter');
    await page.getByText(title, { exact: true }).first().waitFor();
  }
  return page.url();
}
