import type { Page } from 'playwright-core';

/** Open the Sync screen from the navigation pane. */
export async function goToSync(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Sync', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Sync' }).waitFor();
}

/** Choose a .chamber file on the Sync screen and wait for its preview (nothing is applied). */
export async function chooseChamberFile(page: Page, path: string) {
  await goToSync(page);
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Choose a .chamber file...' }).click(),
  ]);
  await chooser.setFiles(path);
  const preview = page.getByRole('region', { name: 'Import preview' });
  await preview.waitFor();
  return preview;
}
