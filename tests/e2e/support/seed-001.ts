import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { takeNextItem } from '../publishing-support';
import { focused } from './focus';
import { poll } from './wait';

export type Seed001 = {
  committee: { name: string; members: { name: string; role: string }[] };
  meeting: {
    date: string;
    start: string;
    venue: string;
    ended: string;
    present: string[];
    alsoPresent: string[];
    apologies: string[];
    minutes: { number: string; title: string; text: string; conclusions?: string[] }[];
  };
};

export async function readSeed001(): Promise<Seed001> {
  return JSON.parse(
    await readFile('tests/documents/fixtures/seed-001-scrutiny-minutes.json', 'utf8'),
  ) as Seed001;
}

/** The seed's words where the fixture only points at them ("see the seed"): each minute's opening sentence. */
export const seedOpenings: Record<string, string> = {
  '12/18':
    "The Executive Director of People and the Interim Director of Early Help and Children's Social care were in attendance to provide an update on the progress of the Children's Improvement Plan.",
  '13/18':
    'Councillor Hamida Ali, Cabinet Member for Communities, Safety and Justice was in attendance to give a presentation on key areas of her portfolio.',
};

/** Which standing item of the committee's template stands for which of the seed's first minutes. */
const standingTitles = [
  'Minutes of the Previous Meeting',
  'Disclosure of Interests',
  'Urgent Business (if any)',
  'Exclusion of the Press and Public',
];

async function at(page: Page, date: string, time: string): Promise<void> {
  await page.clock.setFixedTime(new Date(`${date}T${time}:00`));
}

/**
 * Keys seed 001's Scrutiny & Overview Committee as a clerk sets it up: six members, minutes numbered through the
 * municipal year from 9 ("9/18"), its own standing items (the seed's previous minutes, disclosure of interests,
 * urgent business, exclusion), and the meeting of 6 March 2018 with the seed's three items of business in the
 * seed's order; `attachPapers` attaches papers while the agenda is open. Returns the meeting's URL.
 */
export async function keySeed001Agenda(
  page: Page,
  seed: Seed001,
  attachPapers: (numberOf: (title: string) => Promise<string>) => Promise<void>,
): Promise<string> {
  await page.getByRole('button', { name: 'New committee' }).click();
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill(seed.committee.name);
  await page.getByLabel('Type').selectOption({ label: 'Committee' });
  for (const [index, member] of seed.committee.members.entries()) {
    const n = index + 1;
    if (index > 0) await page.getByRole('button', { name: 'Add member' }).click();
    await page.getByLabel(`Title (member ${n})`, { exact: true }).fill('Councillor');
    await page
      .getByRole('combobox', { name: new RegExp(`^Name \\(member ${n}\\)`) })
      .fill(member.name.replace(/^Councillor /, ''));
    await page.getByLabel(`Role (member ${n})`, { exact: true }).selectOption({ label: member.role });
  }
  await page.getByRole('button', { name: 'Save committee' }).click();
  const heading = () => page.getByRole('heading', { level: 1 }).textContent();
  await poll(heading).toBe(seed.committee.name);

  await page.getByRole('button', { name: 'Edit committee' }).click();
  await page.getByLabel('Minute numbering').selectOption({ value: 'perMunicipalYear' });
  await page.getByLabel('Number of the next minute (before any are recorded here)').fill('9');
  // Seed 001's minutes end "The meeting ended at 9.20 pm", whatever times were recorded.
  await page.getByLabel('The minutes close with').selectOption({ value: 'endedAt' });
  // From the template's apologies, substitutes, declarations, minutes, action list, urgent business, exclusion
  // and next meeting, to the seed's previous minutes, disclosure of interests, urgent business and exclusion.
  for (const remove of [8, 5, 2, 1])
    await page.getByRole('button', { name: `Remove standing item ${remove}` }).click();
  await page.getByRole('button', { name: 'Move standing item 2 up' }).click();
  for (const [index, title] of standingTitles.entries())
    await page.getByLabel(`Title (standing item ${index + 1})`).fill(title);
  await page.getByRole('button', { name: 'Save changes' }).click();
  await poll(heading).toBe(seed.committee.name);

  await page.getByLabel('Date').fill(seed.meeting.date);
  await page.getByLabel('Start time').fill(seed.meeting.start);
  await page.getByLabel('Venue').fill(seed.meeting.venue);
  await page.getByRole('button', { name: 'Create meeting' }).click();
  await poll(heading).toBe(`${seed.committee.name}: Tuesday 6 March 2018`);
  const agenda = () =>
    page
      .getByRole('list', { name: 'Agenda' })
      .locator(':scope > li')
      .evaluateAll((lis) => lis.map((li) => li.getAttribute('aria-label') ?? ''));
  const business = seed.meeting.minutes.slice(3, 6);
  for (const minute of business) {
    await page.getByLabel('Item title').fill(minute.title);
    await page.getByRole('button', { name: 'Add item' }).click();
    await poll(async () => (await agenda()).some((line) => line.endsWith(minute.title))).toBe(true);
  }
  // New business goes before the urgent business item; at this meeting the urgent business came first.
  for (let step = 0; step < business.length; step += 1) {
    const at = (await agenda()).findIndex((line) => line.endsWith(standingTitles[2] ?? ''));
    await page.getByRole('button', { name: `Move item ${at + 1} up` }).click();
    await poll(async () => (await agenda()).findIndex((line) => line.endsWith(standingTitles[2] ?? ''))).toBe(
      at - 1,
    );
  }
  await poll(agenda).toEqual(
    seed.meeting.minutes.map((minute, index) => `Item ${index + 1}: ${minute.title}`),
  );
  const numberOf = async (title: string) =>
    /^Item (\d+)/.exec((await agenda()).find((line) => line.endsWith(title)) ?? '')?.[1] ?? '';
  await attachPapers(numberOf);
  return page.url();
}

/**
 * Minutes the meeting live as the seed records it: started at 6.30 pm, the roll call (present, the apologies),
 * those also present, each minute's text and conclusions, closed at the seed's time.
 */
export async function minuteSeed001(page: Page, meetingUrl: string, seed: Seed001): Promise<void> {
  const { date } = seed.meeting;
  await page.goto(meetingUrl);
  await page.getByRole('button', { name: 'Go into the meeting' }).click();
  await page.getByRole('navigation', { name: 'Agenda' }).waitFor();
  await at(page, date, seed.meeting.start);
  await page.keyboard.press('Alt+S');
  await poll(() => page.getByRole('list', { name: 'Events' }).innerText()).toContain(
    'Meeting started at 6.30 pm',
  );

  // The roll call, in the committee's order: five present, Councillor Bonner's apologies.
  await page.keyboard.press('Alt+A');
  await poll(() => focused(page)).toMatch(/^Councillor Sean Fitzsimons/);
  for (const [index, member] of seed.committee.members.entries()) {
    if (index > 0) await page.keyboard.press('ArrowDown');
    await poll(() => focused(page)).toMatch(new RegExp(`^${member.name}`));
    await page.keyboard.press(seed.meeting.apologies.includes(member.name) ? 'a' : 'p');
  }
  const attendance = page.getByRole('complementary', { name: 'Attendance' });
  const addAttendee = page.getByRole('form', { name: 'Add an officer or someone else present' });
  for (const name of seed.meeting.alsoPresent) {
    await addAttendee.getByLabel('As', { exact: true }).selectOption({ label: 'Also present' });
    const box = addAttendee.getByLabel(/^Name \(and role\)/);
    await box.focus();
    await poll(() => focused(page)).toMatch(/^Name \(and role\)/);
    await page.keyboard.type(name);
    await page.keyboard.press('Enter');
    await poll(() => attendance.innerText()).toContain(name);
  }

  for (const minute of seed.meeting.minutes) {
    await takeNextItem(page, minute.title);
    await page.keyboard.type(seedOpenings[minute.number] ?? minute.text);
    if (minute.conclusions) {
      await page.keyboard.press('Alt+C');
      await poll(() => focused(page)).toMatch(/^Conclusions, one per line/);
      await page.keyboard.type(minute.conclusions.join('\n'));
      await poll(() =>
        page.getByRole('list', { name: 'Conclusions as they will print' }).locator('li').count(),
      ).toBe(minute.conclusions.length);
    }
  }
  await at(page, date, seed.meeting.ended);
  await page.keyboard.press('Alt+Q');
  await page.keyboard.press('Alt+Q');
  await poll(() => page.getByRole('list', { name: 'Events' }).innerText()).toContain(
    'Meeting closed at 9.20 pm',
  );
}
