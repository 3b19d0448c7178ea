import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { RenderedDocument } from '../../support/libreoffice';

const run = promisify(execFile);

/** The pack's own footer number on a page ("Page 7"), or undefined on the unnumbered front matter. */
export function footerNumber(page: string): number | undefined {
  const match = /Page (\d+)\s*$/.exec(page);
  return match ? Number(match[1]) : undefined;
}

/** Footer number of the first page whose text contains `text`. */
export function footerOf(rendered: RenderedDocument, text: string): number {
  const index = rendered.pages.findIndex((page) => page.includes(text));
  if (index < 0) throw new Error(`No page contains "${text}"`);
  const number = footerNumber(rendered.pages[index] ?? '');
  if (number === undefined) throw new Error(`The page with "${text}" has no page number`);
  return number;
}

/** 1-based physical page of the first page containing `text`. */
export function sheetOf(rendered: RenderedDocument, text: string): number {
  return rendered.pages.findIndex((page) => page.includes(text)) + 1;
}

/** Pictures per physical page (masks not counted), from pdfimages -list. */
export async function picturesByPage(pdfPath: string): Promise<Map<number, number[]>> {
  const { stdout } = await run('pdfimages', ['-list', pdfPath]);
  const pictures = new Map<number, number[]>();
  for (const row of stdout.split('\n').slice(2)) {
    const [page, , type, width] = row.trim().split(/\s+/);
    if (type !== 'image') continue;
    pictures.set(Number(page), [...(pictures.get(Number(page)) ?? []), Number(width)]);
  }
  return pictures;
}

/** "(Pages X - Y)" printed after an item's title in the agenda, as numbers. */
export function printedRange(flatText: string, title: string): [number, number] {
  const at = flatText.indexOf(`${title}: (Pages `);
  const match = /\(Pages (\d+) - (\d+)\)/.exec(flatText.slice(at));
  if (at < 0 || !match) throw new Error(`No page range printed for "${title}"`);
  return [Number(match[1]), Number(match[2])];
}
