import type { Page } from 'playwright-core';
import type { ArchiveCounts, ArchiveOptions } from '../../renderer/domain/archive';
import type { ArchiveTools } from './entry';
import { archiveToolsScript } from './bundle';

let script: Promise<string> | undefined;

/**
 * Put the archive tools into a page of Chamber's origin (a blank one, so the app is not reading while the
 * archive is written). Returns once `window.chamberArchive` is there.
 */
export async function withArchiveTools(page: Page, origin: string): Promise<void> {
  script ??= archiveToolsScript();
  // A blank page at Chamber's origin (same IndexedDB as the app) with no app running in it, served by the
  // browser driver itself so the app's server needs nothing extra.
  const blank = new URL('archive-tools-blank.html', origin).href;
  await page.route(blank, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Archive tools</title>' }),
  );
  await page.goto(blank);
  await page.evaluate(await script);
}

/** Fill the browser profile's Chamber database with a generated archive and its saved search index. */
export async function loadArchiveInBrowser(
  page: Page,
  origin: string,
  options: ArchiveOptions,
): Promise<{ counts: ArchiveCounts; indexMs: number }> {
  await withArchiveTools(page, origin);
  return page.evaluate(
    (opts) => (globalThis as unknown as { chamberArchive: ArchiveTools }).chamberArchive.loadArchive(opts),
    options,
  );
}
