import { afterEach, describe, expect, it } from 'vitest';
import { openChamber, type Chamber } from './support/browser';
import { agendaLines, keySeed004Agenda, openDetails, readSeed004, seedPageCount } from './support/seed-004';
import { poll } from './support/wait';

let open: Chamber | undefined;

afterEach(async () => {
  await open?.context.close();
  open = undefined;
});

describe('seed 004: the Harrow Partnership Board agenda of 13 March 2013, keyed in through the screens', () => {
  it('keys in the membership, the agenda with its papers and a report to follow, and shows them', async () => {
    const seed = await readSeed004();
    open = await openChamber();
    const { page } = open;

    // The committee page lists its 26 members, substitutes and officers before the meeting is made.
    expect(
      seed.committee.members.length + seed.committee.substitutes.length + seed.committee.officers.length,
    ).toBe(26);
    await keySeed004Agenda(page, seed);
    expect(await agendaLines(page)).toEqual(
      seed.meeting.agenda.map((item) => `Item ${item.number}: ${item.title}`),
    );
    // Each report's pages are counted as it is attached.
    for (const item of seed.meeting.agenda.filter((entry) => entry.papers === 'report')) {
      await openDetails(page, item.number);
      const papers = page.getByRole('table', { name: `Papers for item ${item.number}` });
      await poll(() => papers.locator('tbody tr').first().textContent()).toContain(
        String(seedPageCount(item)),
      );
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
