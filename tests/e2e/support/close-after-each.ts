import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach } from 'vitest';
import { madeProfiles, openedChambers } from './browser';

// Every Chamber a test opened is closed after it, so no test has to remember to. A failing test first leaves a
// full-page picture of each of its screens in the temp folder, to see what the clerk would have seen.
// A Chamber opened in a beforeAll serves the whole file, and its file closes it: it is not the test's to close.
// A profile made during a test is removed after it once its laptops are closed; one made in a beforeAll serves
// the file and is removed after the file's own afterAll has closed it. A failing test keeps its profiles, to look
// into.
let profilesBeforeTest = 0;
let keepProfiles = false;

const removeProfiles = (folders: string[]) =>
  Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true, maxRetries: 3 })));

beforeEach(() => {
  openedChambers.splice(0);
  profilesBeforeTest = madeProfiles.length;
});

afterEach(async (context) => {
  const opened = openedChambers.splice(0);
  const failed = context.task.result?.state === 'fail';
  const name = context.task.name.replace(/[^a-z0-9]+/gi, '-').slice(0, 60);
  for (const [index, chamber] of opened.entries()) {
    if (failed)
      await chamber.page
        .screenshot({
          path: join(tmpdir(), `e2e-failure-${name}-${index + 1}-${Date.now()}.png`),
          fullPage: true,
        })
        .catch(() => undefined);
    // A test that closed its laptop itself (a restart, a crash) leaves nothing here to close.
    await chamber.context.close().catch(() => undefined);
  }
  const madeInTest = madeProfiles.splice(profilesBeforeTest);
  if (failed) keepProfiles = true;
  else await removeProfiles(madeInTest);
});

afterAll(async () => {
  if (!keepProfiles) await removeProfiles(madeProfiles.splice(0));
});
