import { rm } from 'node:fs/promises';
import { describe, expect, inject, it } from 'vitest';
import { newProfile } from './support/browser';
import { closeChromium, killChromium, startChromium } from './support/crash';
import { keyBoardMeeting } from './support/live-meeting';

const sentence =
  'Members asked whether the charter would bind partner organisations; officers advised that it would not. ';

/** Wait for what the clerk would see; a busy laptop (or test machine) can take seconds to take an item. */
const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 15_000, interval: 100 });

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
});
