import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { measureDocx } from '../../../renderer/documents/agenda-pack/page-estimate';
import { estimateReports } from './support/estimate-reports';

const run = promisify(execFile);

/** LibreOffice's page count of each file, converted in one run: one start-up for all of them. */
async function printedPages(files: Record<string, Uint8Array>): Promise<Record<string, number>> {
  const work = await mkdtemp(join(tmpdir(), 'chamber-estimate-'));
  const profile = join(work, 'profile');
  await mkdir(profile);
  const inputs = await Promise.all(
    Object.entries(files).map(async ([name, bytes]) => {
      const path = join(work, `${name}.docx`);
      await writeFile(path, bytes);
      return path;
    }),
  );
  await run(
    'soffice',
    [
      `-env:UserInstallation=file://${profile}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      work,
      ...inputs,
    ],
    { timeout: 120_000 },
  );
  const counts: Record<string, number> = {};
  for (const name of Object.keys(files)) {
    const { stdout } = await run('pdfinfo', [join(work, `${name}.pdf`)]);
    counts[name] = Number(/Pages:\s+(\d+)/.exec(stdout)?.[1]);
  }
  return counts;
}

describe("the page estimate for a .docx that records no page count, against LibreOffice's pages", async () => {
  const files: Record<string, Uint8Array> = {};
  for (const [shape, make] of Object.entries(estimateReports))
    files[shape.replace(/\s/g, '-')] = await make();
  const printed = await printedPages(files);

  for (const shape of Object.keys(estimateReports)) {
    it(`counts a report of ${shape} as LibreOffice prints it`, () => {
      const name = shape.replace(/\s/g, '-');
      const measure = measureDocx(files[name] ?? new Uint8Array());
      expect(measure.source).toBe('estimated');
      expect(measure.pages, `${shape}: LibreOffice printed ${printed[name]}`).toBe(printed[name]);
    });
  }
});
