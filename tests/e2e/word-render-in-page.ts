import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { chromiumPath } from '../../scripts/system-deps.mjs';
import type {
  RenderedWordPaper,
  RenderWordPaper,
} from '../../renderer/documents/publishing/printable/word-paper-render';
import { chromiumArgs } from './support/browser';

/**
 * Chamber's own Word layout (word-paper-render.ts with docx-preview) running where the app runs it, in a Chromium
 * page, with no network: the module is bundled as the renderer's build bundles it and called on the page, so the
 * pack made in Node gets the same HTML as the desktop app's renderer would hand its print engine.
 */
export async function chromiumWordRenderer(): Promise<{
  render: RenderWordPaper;
  close: () => Promise<void>;
}> {
  const bundle = await build({
    entryPoints: ['renderer/documents/publishing/printable/word-paper-render.ts'],
    bundle: true,
    format: 'iife',
    globalName: 'chamberWordPaper',
    platform: 'browser',
    target: 'chrome120',
    write: false,
    logLevel: 'silent',
  });
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: chromiumArgs,
  });
  const context = await browser.newContext({ offline: true, locale: 'en-GB' });
  const page = await context.newPage();
  await page.setContent(
    '<!DOCTYPE html><html lang="en-GB"><head><title>Word layout</title></head><body></body></html>',
  );
  await page.addScriptTag({ content: bundle.outputFiles[0]?.text ?? '' });
  return {
    render: (bytes) =>
      page.evaluate(async (base64) => {
        const word = (
          window as unknown as {
            chamberWordPaper: { renderWordPaper: (bytes: Uint8Array) => Promise<RenderedWordPaper> };
          }
        ).chamberWordPaper;
        return word.renderWordPaper(Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)));
      }, Buffer.from(bytes).toString('base64')),
    close: () => browser.close(),
  };
}
