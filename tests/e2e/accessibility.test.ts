import { describe, expect, inject, it } from 'vitest';
import { seriousAccessibilityProblems } from './support/axe';
import { openChamber, type Chamber } from './support/browser';
import { keyBoardMeeting } from './support/live-meeting';
import {
  amendmentCarried,
  everyonePresent,
  keyProcedureMeeting,
  lookAtItem,
  poll,
  procedureFields,
  takeItem,
} from './support/live-procedure';

let chamber: Chamber | undefined;

describe('every screen meets WCAG 2.1 AA as axe-core checks it', () => {
  it('finds no serious or critical failure on any screen', async () => {
    chamber = await openChamber();
    const { page } = chamber;
    const meetingUrl = await keyBoardMeeting(page, inject('baseUrl'));
    const meetingPath = new URL(meetingUrl).hash;
    await page.goto(inject('baseUrl'));
    await page.getByRole('link', { name: 'Harrow Partnership Board' }).first().click();
    await page.getByRole('heading', { name: 'Harrow Partnership Board' }).waitFor();
    const committeePath = new URL(page.url()).hash;
    const found: Record<string, string[]> = {};
    const check = async (name: string, ready: () => Promise<unknown>) => {
      await ready();
      const problems = await seriousAccessibilityProblems(page);
      if (problems.length > 0) found[name] = problems;
    };
    const go = (hash: string) => page.goto(`${inject('baseUrl')}${hash.startsWith('#') ? hash : `#${hash}`}`);

    await check('Committees', async () => {
      await go('/');
      await page.getByRole('heading', { level: 1 }).first().waitFor();
    });
    await check('New committee', async () => {
      await go('/committees/new');
      await page.getByRole('heading', { level: 1 }).first().waitFor();
    });
    await check('Committee', async () => {
      await go(committeePath);
      await page.getByRole('heading', { name: 'Harrow Partnership Board' }).waitFor();
    });
    for (const tab of ['Agenda', 'Papers', 'Minutes', 'Attendance']) {
      await check(`Meeting: ${tab}`, async () => {
        await go(meetingPath);
        const control = page.getByRole('tab', { name: tab });
        if ((await control.count()) > 0) await control.click();
        await page.getByRole('tabpanel').first().waitFor();
      });
    }
    await check('In the meeting', async () => {
      await go(`${meetingPath.replace(/\/$/, '')}/live`);
      await page.getByRole('navigation', { name: 'Agenda' }).waitFor();
      await page.keyboard.press('Alt+N');
      await page.getByRole('textbox', { name: /^Minute 1:/ }).waitFor();
    });
    for (const [name, path] of [
      ['Calendar', '/calendar'],
      ['People', '/people'],
      ['Import people', '/people/import'],
      ['Templates', '/settings/templates'],
      ['Settings', '/settings'],
      ['Search', '/search'],
      ['Actions', '/actions'],
      ['Reports', '/reports'],
      ['Sync', '/sync'],
      ['Conflicts', '/sync/conflicts'],
      ['Keyboard shortcuts', '/help/keyboard'],
      ['Forward plan', '/forward-plan'],
      ['Individual decisions', '/decisions'],
    ] as const) {
      await check(name, async () => {
        await go(path);
        await page.getByRole('heading', { level: 1 }).first().waitFor();
      });
    }
    // An executive decision taken on an item, with its notice published, so the call-in form shows too.
    await check('Executive decision', async () => {
      await go(meetingPath);
      await page
        .getByRole('button', { name: /^Details of item \d+$/ })
        .first()
        .click();
      await page
        .getByRole('link', { name: /^Executive decision on item/ })
        .first()
        .click();
      const form = page.getByRole('form', { name: 'The decision' });
      await form.getByRole('textbox', { name: /Reasons for the decision/ }).fill('Best value.');
      await form.getByRole('button', { name: 'Save the decision' }).click();
      await page.getByRole('button', { name: 'Publish the decision notice today' }).click();
      await page.getByRole('form', { name: 'Record a call-in' }).waitFor();
    });
    // A decision taken by one person, before it is recorded (every field and its hint), and the forward plan's
    // form for a key decision planned ahead of any agenda, private so all its fields show.
    await check('Individual decision', async () => {
      await go('/decisions/new');
      await page.getByRole('form', { name: 'The decision' }).waitFor();
    });
    await check('Forward plan entry', async () => {
      await go('/forward-plan');
      await page.getByRole('button', { name: 'Add a key decision not yet on an agenda' }).click();
      const form = page.getByRole('form', { name: 'Add a key decision to the plan' });
      await form.getByRole('checkbox', { name: /taken in private/ }).check();
      await form.getByRole('combobox', { name: /Schedule 12A paragraph/ }).waitFor();
    });
    await check('Actions with a decision', async () => {
      await go('/actions');
      await page.getByRole('grid', { name: 'Executive decisions' }).waitFor();
    });
    // A fresh install's first-run screen, on a laptop of its own (an empty database), its problems shown too.
    await chamber.context.close();
    chamber = await openChamber(undefined, { firstRun: true });
    await chamber.page.getByRole('heading', { name: 'Welcome to Chamber' }).waitFor();
    await chamber.page.getByRole('button', { name: 'Set up and open the committee' }).click();
    await chamber.page.getByText('Type the organisation’s name as it appears on its papers.').waitFor();
    const firstRun = await seriousAccessibilityProblems(chamber.page);
    if (firstRun.length > 0) found['First run'] = firstRun;
    expect(found).toEqual({});
  });

  it('finds none on the live screen with each procedure form open: every step, vote, exclusion and approval', async () => {
    chamber = await openChamber();
    const { page } = chamber;
    await keyProcedureMeeting(page, inject('baseUrl'), true);
    await everyonePresent(page);
    await lookAtItem(page, 4);
    await takeItem(page);
    const presented = page.getByRole('checkbox', { name: 'Harrow Partnership Board, 8 November 2012' });
    await presented.check();
    await amendmentCarried(page, 'That the minutes be approved.');
    const field = procedureFields(page);
    await field.decision.check();
    await field.original.waitFor();
    const found: Record<string, string[]> = {};
    const check = async (name: string) => {
      const problems = await seriousAccessibilityProblems(page);
      if (problems.length > 0) found[name] = problems;
    };
    await check('Minutes item: approval with an amendment, motion as amended, bar, exclusion');
    // Two nominations, so the election vote shows a box for each candidate.
    const steps = page.getByRole('form', { name: 'Record the next step' });
    for (const candidate of ['Councillor Thaya Idaikkadar', 'Councillor Susan Hall']) {
      await field.stepKind.selectOption({ label: 'Nomination' });
      await field.office.fill('Chair of the Board for the ensuing year');
      await steps.getByLabel('Nominated').selectOption({ label: candidate });
      await steps.getByRole('button', { name: 'Add to the minute' }).click();
      await poll(() => page.getByRole('list', { name: 'As it will print' }).innerText()).toContain(
        `${candidate} was nominated`,
      );
    }
    const kinds = await field.stepKind.locator('option').allInnerTexts();
    for (const kind of kinds) {
      await field.stepKind.selectOption({ label: kind });
      await poll(() => field.stepKind.locator('option:checked').innerText()).toBe(kind);
      await check(`Next step: ${kind}`);
    }
    await field.stepKind.selectOption({ label: 'Election vote between the candidates' });
    await steps.getByLabel('How the vote was taken').selectOption({ label: 'By name' });
    await check('Next step: election vote by name');
    const motion = page.getByRole('group', { name: 'Motion 1' });
    for (const way of ['Recorded vote (by name)', 'Result only (no count)']) {
      await motion.getByRole('radio', { name: way }).check();
      await check(`Vote on the motion as amended: ${way}`);
    }
    // The Declarations item lists the bars on every item.
    await lookAtItem(page, 3);
    await takeItem(page);
    await check('Declarations item');
    expect(found).toEqual({});
  });
});
