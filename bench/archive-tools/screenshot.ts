/**
 * A look at a screen of the kept archive, as a clerk would see it: `npx tsx bench/archive-tools/screenshot.ts
 * PROFILE_DIR OUT.png /committees/<id>` serves the built renderer on the kept profile, opens the route and
 * saves a screenshot (1280 x 900) once it has had 2.5 s to draw. For looking, not a figure.
 */
import { launchOn } from './cold-start';
import { serveKeptProfile } from './kept-profile';
const [profileDir, out, hash] = process.argv.slice(2);
if (!profileDir || !out || !hash) throw new Error('Give the kept profile, the PNG to write and the route.');
const { origin, close } = await serveKeptProfile(profileDir);
const { context, page } = await launchOn(profileDir);
try {
  await page.goto(`${origin}#${hash}`);
  await page.waitForTimeout(2500);
  await page.screenshot({ path: out, fullPage: false });
} finally {
  await context.close();
  await close();
}
