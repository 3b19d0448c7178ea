import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile, mkdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, basename } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export type RenderedDocument = {
  pdfPath: string;
  /** The text of each page, as pdftotext -layout lays it out. */
  pages: string[];
  /** All pages' text with whitespace runs collapsed to one space: for phrase assertions. */
  flatText: string;
  pageCount: number;
};

/**
 * Convert a .docx to PDF with LibreOffice, as a clerk opening it would see it, and read the text back per page.
 * Each call uses its own LibreOffice profile: two conversions sharing one silently produce no PDF.
 */
export async function renderDocx(bytes: Uint8Array, name = 'document.docx'): Promise<RenderedDocument> {
  const work = await mkdtemp(join(tmpdir(), 'chamber-lo-'));
  const input = join(work, name.endsWith('.docx') ? name : `${name}.docx`);
  await writeFile(input, bytes);
  const profile = join(work, 'profile');
  await mkdir(profile);
  // The PDF stays for the caller; LibreOffice's own profile (about 0.7 MB a conversion) goes once it is done.
  await run(
    'soffice',
    [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', work, input],
    {
      timeout: 120_000,
    },
  ).finally(() => rm(profile, { recursive: true, force: true }));
  const pdfPath = join(work, basename(input).replace(/\.docx$/, '.pdf'));
  const pdf = await readFile(pdfPath).catch(() => {
    throw new Error(`LibreOffice produced no PDF for ${name}: the .docx is probably damaged.`);
  });
  if (pdf.length === 0) throw new Error(`LibreOffice produced an empty PDF for ${name}.`);
  const { stdout } = await run('pdftotext', ['-layout', pdfPath, '-'], { maxBuffer: 64 * 1024 * 1024 });
  const pages = stdout.split('\f');
  if (pages.at(-1)?.trim() === '') pages.pop();
  return { pdfPath, pages, flatText: flatten(stdout), pageCount: pages.length };
}

export function flatten(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** How many images the PDF draws on each page (pdfimages -list), to check merged pictures survived. */
export async function countPdfImages(pdfPath: string): Promise<number> {
  const { stdout } = await run('pdfimages', ['-list', pdfPath]);
  return stdout
    .split('\n')
    .slice(2)
    .filter((line) => line.trim().length > 0).length;
}
