import { execFileSync } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { degrees, PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { numberPages } from '../../renderer/documents/publishing/printable/pdf-page-numbers';

/**
 * Where poppler finds "Page N" on each page, in the page as it is shown (a turned page's words are placed in its
 * turned frame, though poppler gives the page's size as it is stored).
 */
function pageNumbersSeen(file: string): { number: string; middle: number; top: number }[] {
  const html = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
  return html
    .split('<page ')
    .slice(1)
    .map((page) => {
      const words =
        /<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>Page<\/word>\s*<word[^>]* xMax="([\d.]+)"[^>]*>(\d+)<\/word>/.exec(
          page,
        );
      return {
        number: words?.[4] ?? '',
        middle: (Number(words?.[1]) + Number(words?.[3])) / 2,
        top: Number(words?.[2]),
      };
    });
}

describe('the public pack PDF’s page numbers', () => {
  it('are at the foot of each page as it is shown, reading across, on pages a PDF paper turned', async () => {
    const pdf = await PDFDocument.create();
    for (const angle of [0, 0, 90, 180, 270]) pdf.addPage([595, 842]).setRotation(degrees(angle));
    await numberPages(pdf, 2);
    const file = join(await mkdtemp(join(tmpdir(), 'chamber-numbers-')), 'pack.pdf');
    await writeFile(file, await pdf.save());
    const seen = pageNumbersSeen(file);
    // The agenda (page 1) carries none; every page after it its number through the pack.
    expect(seen.map((page) => page.number)).toEqual(['', '2', '3', '4', '5']);
    const angles = [0, 0, 90, 180, 270];
    seen.slice(1).forEach((page, index) => {
      const turned = (angles[index + 1] ?? 0) % 180 !== 0;
      const [wide, high] = turned ? [842, 595] : [595, 842];
      expect(Math.abs(page.middle - wide / 2), `page ${page.number} centred`).toBeLessThan(3);
      expect(page.top, `page ${page.number} at the foot`).toBeGreaterThan(high - 40);
    });
  });
});
