import { rm } from 'node:fs/promises';
import { describe, expect, inject, it } from 'vitest';
import { newProfile } from './support/browser';
import { closeChromium, killChromium, startChromium } from './support/crash';
import { keyBoardMeeting } from './support/live-meeting';
import { poll } from './support/wait';

const sentence =
  'Members asked whether the charter would bind partner organisations; officers advised that it would not. ';

describe('never lose a word', () => {
  it('keeps everything typed up to 250 ms before Chromium is killed mid-typing', async () => {
    const profile = await newProfile();
    const first = await startChromium(profile);
    let liveUrl = '';
    const typed: { text: string; at: number }[] = [];
    let killedAt = 0;
    try {
      const meetingUrl = await keyBoardMeeting(first.page, inject('baseUrl'));
      liveUrl = `${meetingUrl.replace(/\/$/, '')}/live`;
      await first.page.goto(liveUrl);
      await first.page.getByRole('navigation', { name: 'Agenda' }).waitFor();
      await first.page.keyboard.press('Alt+N');
      const editor = first.page.getByRole('textbox', { name: /^Minute 1: Apologies for Absence/ });
      await poll(() => editor.evaluate((node) => node === document.activeElement)).toBe(true);

      // Type like a clerk (a key every ~30 ms) and pull the plug somewhere in the middle of a word.
      const text = sentence.repeat(3);
      const stopAfter = 180 + Math.floor(Math.random() * 60);
      let sofar = '';
      for (const char of text.slice(0, stopAfter)) {
        await first.page.keyboard.type(char);
        sofar += char;
        typed.push({ text: sofar, at: Date.now() });
        await new Promise((resolve) => setTimeout(resolve, 30));
      }
      // More keys are on their way when the process dies.
      void first.page.keyboard
        .type(text.slice(stopAfter, stopAfter + 20), { delay: 10 })
        .catch(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, 60));
      killedAt = Date.now();
      await killChromium(first);
    } catch (error) {
      await closeChromium(first);
      throw error;
    }

    const mustHave = typed.filter((entry) => entry.at <= killedAt - 250).at(-1)?.text ?? '';
    expect(mustHave.length).toBeGreaterThan(150);

    const second = await startChromium(profile);
    try {
      await second.page.goto(liveUrl);
      const editor = second.page.getByRole('textbox', { name: /^Minute 1: Apologies for Absence/ });
      await editor.waitFor();
      const recovered = (await editor.innerText()).replace(/\s+/g, ' ');
      expect(recovered.startsWith(mustHave.replace(/\s+/g, ' ').trimEnd())).toBe(true);
    } finally {
      await closeChromium(second);
      await rm(profile, { recursive: true, force: true });
    }
  });

  it('keeps every field of the live screen, each shown typed up to 250 ms before Chromium is killed', async () => {
    const profile = await newProfile();
    const first = await startChromium(profile);
    let liveUrl = '';
    // Each field, where it is, and what was typed into it by when.
    const fields: { label: RegExp; text: string; doneAt: number }[] = [];
    let killedAt = 0;
    const page = first.page;
    const typeSlowly = async (label: RegExp, text: string) => {
      const box = page.getByLabel(label).first();
      await box.focus();
      for (const char of text) {
        await page.keyboard.type(char);
        await new Promise((resolve) => setTimeout(resolve, 15));
      }
      // Typed means shown: on a loaded machine the page may draw keys well after they were sent.
      await poll(() => box.inputValue()).toContain(text);
      fields.push({ label, text, doneAt: Date.now() });
    };
    try {
      const meetingUrl = await keyBoardMeeting(page, inject('baseUrl'));
      liveUrl = `${meetingUrl.replace(/\/$/, '')}/live`;
      await page.goto(liveUrl);
      await page.getByRole('navigation', { name: 'Agenda' }).waitFor();
      await page.keyboard.press('Alt+N');
      const editor = page.getByRole('textbox', { name: /^Minute 1: Apologies for Absence/ });
      await poll(() => editor.evaluate((node) => node === document.activeElement)).toBe(true);
      await page.keyboard.type('Apologies were received from Rob Larkman.');

      await typeSlowly(/^Resolution for Apologies/, 'That the apologies be noted.');
      await typeSlowly(/^Conclusions, one per line/, 'The Board noted the apologies.');
      await typeSlowly(/^Wording as moved/, 'That the Board write to Rob Larkman.');
      await typeSlowly(/^Nature of the interest/, 'Trustee of a charity');
      await typeSlowly(/^Action$/, 'Send a card to Rob');
      await page.keyboard.press('Alt+A');
      await typeSlowly(/^Name \(and role\)/, 'Marianne Locke (Director)');
      // The last field: the plug is pulled while its keys are still coming.
      const last = 'Members thanked officers for the report.';
      const box = page.getByLabel(/^Conclusions, one per line/);
      await box.focus();
      await page.keyboard.press('Control+End');
      await page.keyboard.press('Enter');
      for (const char of last.slice(0, 20)) {
        await page.keyboard.type(char);
        await new Promise((resolve) => setTimeout(resolve, 15));
      }
      await poll(() => box.inputValue()).toMatch(new RegExp(`${last.slice(0, 20)}$`));
      fields.push({
        label: /^Conclusions, one per line/,
        text: `\n${last.slice(0, 20)}`,
        doneAt: Date.now(),
      });
      void page.keyboard.type(last.slice(20), { delay: 10 }).catch(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, 280));
      killedAt = Date.now();
      await killChromium(first);
    } catch (error) {
      await closeChromium(first);
      throw error;
    }
    expect(fields.every((field) => field.doneAt <= killedAt - 250)).toBe(true);

    const second = await startChromium(profile);
    try {
      const again = second.page;
      await again.goto(liveUrl);
      await again.getByRole('textbox', { name: /^Minute 1: Apologies for Absence/ }).waitFor();
      await again.keyboard.press('Alt+A');
      const expected = new Map<string, string>();
      for (const field of fields)
        expected.set(field.label.source, (expected.get(field.label.source) ?? '') + field.text);
      // Keys already on their way when the plug was pulled may or may not have been stored: the last field
      // must start with everything typed before, nothing else may differ.
      for (const field of fields) {
        const want = expected.get(field.label.source) ?? '';
        const escaped = want.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        await poll(() => again.getByLabel(field.label).first().inputValue()).toMatch(
          new RegExp(`^${escaped}`),
        );
      }
    } finally {
      await closeChromium(second);
      await rm(profile, { recursive: true, force: true });
    }
  });
});
