import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { newProfile } from './support/browser';
import { closeChromium, killChromium, startChromium } from './support/crash';
import {
  amendmentCarried,
  choosePerson,
  everyonePresent,
  keyProcedureMeeting,
  lookAtItem,
  poll,
  procedureFields,
  stepKinds as kinds,
  takeItem,
} from './support/live-procedure';

describe('never lose a word of the running order, the motions or the Minutes item', () => {
  it('keeps every new field of the live screen, each shown typed up to 250 ms before Chromium is killed', async () => {
    const profile = await newProfile();
    const first = await startChromium(profile);
    const page = first.page;
    let liveUrl = '';
    // What each field shows, and when the page showed it.
    const shown = new Map<string, { want: string; at: number }>();
    let killedAt = 0;
    const see = async (name: string, box: Locator, want: string) => {
      await poll(() => box.inputValue()).toBe(want);
      shown.set(name, { want, at: Date.now() });
    };
    const typeSlowly = async (name: string, box: Locator, text: string) => {
      await box.focus();
      await poll(() => box.evaluate((node) => node === document.activeElement)).toBe(true);
      await page.keyboard.press('Control+A');
      for (const char of text) {
        await page.keyboard.type(char);
        await new Promise((resolve) => setTimeout(resolve, 15));
      }
      await see(name, box, text);
    };
    try {
      liveUrl = await keyProcedureMeeting(page, inject('baseUrl'), true);
      await everyonePresent(page);
      await lookAtItem(page, 4);
      await takeItem(page);
      const presented = page.getByRole('checkbox', { name: 'Harrow Partnership Board, 8 November 2012' });
      await presented.check();
      await poll(() => presented.isChecked()).toBe(true);
      await amendmentCarried(page, 'That the minutes be approved.');
      const field = procedureFields(page);

      await choosePerson(field.barMember, 'Councillor Susan Hall');
      await see('barMember', field.barMember, await field.barMember.inputValue());
      await field.barItem.selectOption({ label: '7. Council Budget' });
      await see('barItem', field.barItem, await field.barItem.inputValue());
      await field.stepKind.selectOption({ label: kinds.note });
      await typeSlowly('paragraph', field.paragraph, 'The Chair welcomed the new members.');
      await field.stepKind.selectOption({ label: kinds.pointOfOrder });
      await typeSlowly('point', field.point, 'The minutes were not circulated in time.');
      await typeSlowly('ruling', field.ruling, 'They were circulated on 28 November.');
      await field.stepKind.selectOption({ label: kinds.adjournment });
      await typeSlowly('reason', field.reason, 'for members to read the minutes');
      await field.stepKind.selectOption({ label: kinds.nomination });
      await typeSlowly('office', field.office, 'Vice-Chair of the Board');
      await typeSlowly('exclusionReason', field.exclusionReason, 'The tender prices are confidential.');
      await typeSlowly('asAmended', field.asAmended, 'That the minutes be approved, as corrected.');
      await field.decision.check();
      await typeSlowly('original', field.original, 'seven members');
      // The last field: the plug is pulled while its keys are still coming.
      const last = 'six members and one co-opted member';
      await typeSlowly('corrected', field.corrected, last.slice(0, 12));
      void page.keyboard.type(last.slice(12), { delay: 10 }).catch(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, 280));
      killedAt = Date.now();
      await killChromium(first);
    } catch (error) {
      await page
        .screenshot({
          path: join(tmpdir(), `live-crash-procedure-failure-${Date.now()}.png`),
          fullPage: true,
        })
        .catch(() => undefined);
      await closeChromium(first);
      throw error;
    }
    expect(shown.size).toBe(11);
    expect([...shown.values()].every((entry) => entry.at <= killedAt - 250)).toBe(true);

    const second = await startChromium(profile);
    try {
      const again = second.page;
      await again.goto(liveUrl);
      await again.getByRole('textbox', { name: /^Minute \d+: Minutes$/ }).waitFor();
      const field = procedureFields(again);
      const value = (name: string) => shown.get(name)?.want ?? '';
      const has = async (name: string, box: Locator) => {
        // Keys on their way when the plug was pulled may or may not be stored: each field starts with all shown.
        const escaped = value(name).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        await poll(() => box.inputValue()).toMatch(new RegExp(`^${escaped}`));
      };
      await has('barMember', field.barMember);
      await has('barItem', field.barItem);
      await poll(() => field.stepKind.inputValue()).toBe('nomination');
      await has('office', field.office);
      await has('exclusionReason', field.exclusionReason);
      await has('asAmended', field.asAmended);
      await poll(() => field.decision.isChecked()).toBe(true);
      await has('original', field.original);
      await has('corrected', field.corrected);
      // The other kinds of step kept what was typed in them too.
      await field.stepKind.selectOption({ label: kinds.adjournment });
      await has('reason', field.reason);
      await field.stepKind.selectOption({ label: kinds.pointOfOrder });
      await has('point', field.point);
      await has('ruling', field.ruling);
      await field.stepKind.selectOption({ label: kinds.note });
      await has('paragraph', field.paragraph);
    } finally {
      await closeChromium(second);
      await rm(profile, { recursive: true, force: true });
    }
  });
});
