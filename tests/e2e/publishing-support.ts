import { readFile, writeFile, mkdtemp } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { Chamber } from './support/browser';
import { focused } from './support/focus';
import { poll } from './support/wait';

/** A one-pixel PNG: the council's crest, as far as the test needs one. */
export const onePixelPng = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

/**
 * A real one-page PDF (pdf.js counts its pages when it is attached) of `size` bytes: its text, then a comment
 * padding it out to the size, as a scanned report would weigh, with the cross-reference table where it says.
 */
export function pdfPaper(label: string, size: number): Uint8Array {
  const content = `BT /F1 12 Tf 72 720 Td (${label}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(body.length);
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const trailer = (at: number) =>
    `xref\n0 6\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')}trailer\n<< /Size 6 /Root 1 0 R >>\nstartxref\n${at}\n%%EOF\n`;
  const padding = Math.max(0, size - body.length - trailer(0).length - 8);
  body += `%${'x'.repeat(Math.max(0, padding - 2))}\n`;
  const xrefAt = body.length;
  const tail = trailer(xrefAt);
  return new TextEncoder().encode(body + tail);
}

/**
 * The clerk's folder is a folder of the browser's private file system (a real directory handle): Chromium's
 * picker is a native dialog a test cannot click, as in sync-folder.test.ts.
 */
export async function withPickableFolder(chamber: Chamber): Promise<void> {
  await chamber.context.addInitScript(() => {
    (window as unknown as { showDirectoryPicker: unknown }).showDirectoryPicker = async () =>
      (await navigator.storage.getDirectory()).getDirectoryHandle('published', { create: true });
  });
  await chamber.page.reload();
}

/** Every file Chamber published, copied out of the browser onto the disk, as the web team would receive them. */
export async function copyPublishedFolder(page: Page): Promise<{ where: string; names: string[] }> {
  const files = await page.evaluate(async () => {
    const folder = await (await navigator.storage.getDirectory()).getDirectoryHandle('published');
    const found: Record<string, string> = {};
    for await (const [name, handle] of (
      folder as unknown as { entries(): AsyncIterable<[string, FileSystemFileHandle]> }
    ).entries()) {
      const bytes = new Uint8Array(await (await handle.getFile()).arrayBuffer());
      found[name] = btoa(Array.from(bytes, (byte) => String.fromCharCode(byte)).join(''));
    }
    return found;
  });
  const where = await mkdtemp(join(tmpdir(), 'chamber-published-'));
  for (const [name, base64] of Object.entries(files))
    await writeFile(join(where, name), Buffer.from(base64, 'base64'));
  return { where, names: Object.keys(files).sort() };
}

type Violation = { id: string; impact: string | null; help: string; nodes: { target: string[] }[] };

/** axe-core's serious and critical findings on the page, its script put in by the test (no network). */
export async function seriousProblems(page: Page): Promise<string[]> {
  await page.evaluate(await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'));
  const violations = (await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run: (c: object, o: object) => Promise<{ violations: unknown[] }> } }
    ).axe;
    return (await axe.run({ include: [['html']] }, { resultTypes: ['violations'] })).violations;
  })) as Violation[];
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id}: ${violation.help} at ${violation.nodes.map((n) => n.target.join(' ')).join('; ')}`,
    );
}

export async function takeNextItem(page: Page, title: string): Promise<void> {
  // Alt+N takes the next item on the agenda; standing items the committee starts with are taken and left empty.
  for (let tries = 0; tries < 15; tries += 1) {
    const before = await focused(page);
    await page.keyboard.press('Alt+N');
    // Wait for the next minute to open: the one before also reads "Minute ...".
    await poll(async () => {
      const now = await focused(page);
      return now.startsWith('Minute ') && now !== before;
    }).toBe(true);
    if ((await focused(page)).endsWith(`: ${title}`)) return;
  }
  throw new Error(`Alt+N never reached "${title}"`);
}

export async function resolveAs(page: Page, text: string): Promise<void> {
  await page.keyboard.press('Alt+R');
  await poll(() => focused(page)).toMatch(/^Wording/);
  await page.keyboard.press('Tab');
  await poll(() => focused(page)).toMatch(/^Resolution for/);
  await page.keyboard.type(text);
}
