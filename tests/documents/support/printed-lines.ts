import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { decodeXML } from 'entities';

const run = promisify(execFile);

/** One word as printed, with where it starts and ends on the page (PDF points from the left edge). */
export type PrintedWord = { text: string; left: number; right: number };

/** One printed line: its words left to right, and its page (1, 2...) and height on the page. */
export type PrintedLine = { page: number; top: number; words: PrintedWord[] };

/**
 * The lines of a PDF as printed, top to bottom on each page, each word with its left edge (pdftotext -bbox): to
 * check where text stands, such as wrapped lines set under the text of a numbered paragraph rather than under
 * its number, which the text alone cannot show.
 */
export async function printedLines(pdfPath: string): Promise<PrintedLine[]> {
  const { stdout } = await run('pdftotext', ['-bbox', pdfPath, '-'], { maxBuffer: 64 * 1024 * 1024 });
  const lines: PrintedLine[] = [];
  stdout
    .split(/<page /)
    .slice(1)
    .forEach((pageXml, index) => {
      const onPage = new Map<number, PrintedWord[]>();
      for (const match of pageXml.matchAll(
        /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)"[^>]*>([^<]*)<\/word>/g,
      )) {
        // Words of one line share their top to within rounding.
        const top = Math.round(Number(match[2]));
        const words = onPage.get(top) ?? [];
        words.push({ text: decodeXML(match[4] ?? ''), left: Number(match[1]), right: Number(match[3]) });
        onPage.set(top, words);
      }
      [...onPage.entries()]
        .sort(([a], [b]) => a - b)
        .forEach(([top, words]) =>
          lines.push({ page: index + 1, top, words: words.sort((a, b) => a.left - b.left) }),
        );
    });
  return lines;
}

/** The line whose words start with these (e.g. ['2.2', 'Members']), and the line printed after it. */
export function lineStarting(
  lines: PrintedLine[],
  start: string[],
): { line: PrintedLine; next?: PrintedLine } {
  const index = lines.findIndex((line) => start.every((word, at) => line.words[at]?.text === word));
  if (index < 0) throw new Error(`No printed line starts "${start.join(' ')}"`);
  return { line: lines[index]!, next: lines[index + 1] };
}
