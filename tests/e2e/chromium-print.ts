import { execFileSync } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { chromiumPath } from '../../scripts/system-deps.mjs';
import type { PrintToPdf } from '../../renderer/documents/publishing/printable/public-pdfs';
import { chromiumArgs } from './support/browser';

/**
 * Chromium's print engine as the desktop app uses it (Electron's webContents.printToPDF with generateTaggedPDF):
 * here page.pdf() with tagged output, over the same HTML, in a context with no network.
 */
export async function chromiumPrinter(): Promise<{ print: PrintToPdf; close: () => Promise<void> }> {
  const browser: Browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: chromiumArgs,
  });
  const context = await browser.newContext({ offline: true, locale: 'en-GB', javaScriptEnabled: false });
  return {
    print: async (html) => {
      const page = await context.newPage();
      try {
        await page.setContent(html);
        return new Uint8Array(await page.pdf({ tagged: true, outline: true, preferCSSPageSize: true }));
      } finally {
        await page.close();
      }
    },
    close: () => browser.close(),
  };
}

/** poppler's view of a PDF: its fields (pdfinfo) and the text of each page (pdftotext), as a reader would get. */
export async function popplerRead(bytes: Uint8Array): Promise<{ info: string; pages: string[] }> {
  const folder = await mkdtemp(join(tmpdir(), 'chamber-pdf-'));
  const file = join(folder, 'document.pdf');
  await writeFile(file, bytes);
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const count = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0);
  const pages: string[] = [];
  for (let page = 1; page <= count; page += 1) {
    const text = execFileSync('pdftotext', ['-layout', '-f', String(page), '-l', String(page), file, '-'], {
      encoding: 'utf8',
    });
    pages.push(text);
  }
  return { info, pages };
}
