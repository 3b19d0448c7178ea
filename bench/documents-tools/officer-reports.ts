/**
 * The benchmark's officers' reports, made by LibreOffice as councils make them: a flat ODT written here (headings,
 * varied prose, two tables, a footnote, a bar chart picture and a page-numbered footer), converted by
 * `soffice --headless` to .docx, and some also to PDF. About 20 pages each. Made once and kept on disk
 * (in ~/.cache/chamber-bench, or BENCH_CACHE), under the generator's version: change what a report holds,
 * bump `generatorVersion`, and the next run makes them afresh.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { chartPng } from './chart-png';
import { prose, reportTopics, seededRandom, sentence } from './prose';

/** Bump when a report's content or making changes: the cache is kept per version. */
export const generatorVersion = 1;
/** Characters of prose per report: with the tables and chart, 19-20 pages of A4 in LibreOffice. */
const proseCharacters = 80_000;

export type OfficerReports = {
  folder: string;
  /** Report n (from 1) as .docx. */
  docx: string[];
  /** The first `pdfCount` reports as PDF as well. */
  pdf: string[];
  /** Page counts of the PDFs (LibreOffice's own layout of the same reports). */
  pdfPages: number[];
  pngBytes: number[];
};

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** The words of `text` that fit in `length` characters. */
const words = (text: string, length: number) =>
  text.length <= length ? text : `${text.slice(0, length).replace(/\s+\S*$/, '')}…`;
const p = (text: string, style = 'Text_20_body') => `<text:p text:style-name="${style}">${text}</text:p>`;
const h = (level: number, text: string) =>
  `<text:h text:style-name="Heading_20_${level}" text:outline-level="${level}">${escape(text)}</text:h>`;

function table(name: string, rows: string[][]): string {
  const columns = rows[0]?.length ?? 1;
  const row = (cells: string[]) =>
    `<table:table-row>${cells
      .map(
        (cell) =>
          `<table:table-cell table:style-name="Cell" office:value-type="string">${p(escape(cell), 'Table_20_Contents')}</table:table-cell>`,
      )
      .join('')}</table:table-row>`;
  const [head, ...body] = rows;
  return `<table:table table:name="${name}" table:style-name="Table"><table:table-column table:number-columns-repeated="${columns}"/><table:table-header-rows>${row(head ?? [])}</table:table-header-rows>${body.map(row).join('')}</table:table>`;
}

/** One report as flat ODT text, and the size of its picture. */
export function reportFodt(number: number): { fodt: string; pngBytes: number } {
  const random = seededRandom(number * 7919);
  const topic = reportTopics[number % reportTopics.length] as string;
  const png = chartPng(random);
  const sections = [
    'Purpose of the report',
    'Recommendations',
    'Background',
    'Performance in the year',
    'Options considered',
    'Financial implications',
    'Risk management',
    'Equalities implications',
    'Consultation',
    'Legal implications',
    'Conclusion',
  ];
  const paragraphs = prose(random, proseCharacters);
  const perSection = Math.ceil(paragraphs.length / sections.length);
  const body: string[] = [
    h(1, `${topic} (report ${number})`),
    p(
      `Report of the Director of Place. Wards affected: all. Key decision: ${number % 3 === 0 ? 'yes' : 'no'}.`,
    ),
    p(`Marker REPORT-${String(number).padStart(3, '0')} for finding this report in a pack.`),
  ];
  sections.forEach((section, index) => {
    body.push(h(2, `${index + 1}. ${section}`));
    const own = paragraphs.slice(index * perSection, (index + 1) * perSection);
    own.forEach((text, n) => {
      if (section === 'Background' && n === 0) {
        body.push(
          p(
            `${escape(text)}<text:note text:id="ftn1" text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body>${p(escape(`Source: ${sentence(random)}`), 'Footnote')}</text:note-body></text:note>`,
          ),
        );
      } else body.push(p(escape(text)));
    });
    if (section === 'Performance in the year') {
      body.push(
        p(
          `<draw:frame draw:name="Chart" text:anchor-type="as-char" svg:width="16cm" svg:height="8.9cm"><draw:image><office:binary-data>${Buffer.from(png).toString('base64')}</office:binary-data></draw:image></draw:frame>`,
          'Standard',
        ),
        p(`Figure 1: ${escape(topic)}, spending by quarter (£000).`, 'Caption'),
      );
    }
    if (section === 'Financial implications') {
      const years = ['2024/25', '2025/26', '2026/27', '2027/28'];
      body.push(
        table('Budget', [
          ['Budget line', ...years],
          ...['Staffing', 'Premises', 'Transport', 'Supplies', 'Contracts', 'Income', 'Net cost'].map(
            (line) => [line, ...years.map(() => `£${Math.round(random() * 900 + 50)},000`)],
          ),
        ]),
      );
    }
    if (section === 'Risk management') {
      body.push(
        table('Risks', [
          ['Risk', 'Likelihood', 'Impact', 'Mitigation'],
          ...Array.from({ length: 8 }, (_, n) => [
            `Risk ${n + 1}: ${words(sentence(random), 60)}`,
            ['Low', 'Medium', 'High'][Math.floor(random() * 3)] as string,
            ['Minor', 'Moderate', 'Major'][Math.floor(random() * 3)] as string,
            words(sentence(random), 90),
          ]),
        ]),
      );
    }
  });
  return { fodt: document(body.join('\n')), pngBytes: png.length };
}

function document(body: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:xlink="http://www.w3.org/1999/xlink" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
 <office:styles>
  <style:style style:name="Standard" style:family="paragraph"><style:text-properties style:font-name="Liberation Sans" fo:font-size="11pt"/></style:style>
  <style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.25cm" fo:line-height="115%"/></style:style>
  <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="1"><style:paragraph-properties fo:margin-top="0.4cm" fo:margin-bottom="0.3cm" fo:keep-with-next="always"/><style:text-properties fo:font-size="18pt" fo:font-weight="bold"/></style:style>
  <style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="2"><style:paragraph-properties fo:margin-top="0.35cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always"/><style:text-properties fo:font-size="14pt" fo:font-weight="bold"/></style:style>
  <style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-size="10pt"/></style:style>
  <style:style style:name="Footnote" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-size="9pt"/></style:style>
  <style:style style:name="Caption" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-size="9pt" fo:font-style="italic"/></style:style>
  <style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="9pt"/></style:style>
 </office:styles>
 <office:automatic-styles>
  <style:style style:name="Table" style:family="table"><style:table-properties style:width="17cm" table:align="margins"/></style:style>
  <style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties fo:padding="0.08cm" fo:border="0.5pt solid #808080"/></style:style>
  <style:page-layout style:name="A4"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2cm" fo:margin-bottom="1.5cm" fo:margin-left="2cm" fo:margin-right="2cm"/></style:page-layout>
 </office:automatic-styles>
 <office:master-styles>
  <style:master-page style:name="Standard" style:page-layout-name="A4"><style:footer><text:p text:style-name="Footer">Page <text:page-number text:select-page="current"/></text:p></style:footer></style:master-page>
 </office:master-styles>
 <office:body>
  <office:text>
${body}
  </office:text>
 </office:body>
</office:document>
`;
}

const run = promisify(execFile);

/** Convert files with one LibreOffice, in a profile of its own (other soffice runs on the machine are left be). */
async function convert(files: string[], to: 'docx' | 'pdf', outdir: string, work: string): Promise<void> {
  await run(
    'soffice',
    [
      `-env:UserInstallation=file://${work}/lo-profile`,
      '--headless',
      '--convert-to',
      to,
      '--outdir',
      outdir,
      ...files,
    ],
    { timeout: 30 * 60_000, maxBuffer: 64 * 1024 * 1024 },
  );
}

async function pageCount(pdf: string): Promise<number> {
  const { stdout } = await run('pdfinfo', [pdf]);
  return Number(/Pages:\s+(\d+)/.exec(stdout)?.[1] ?? NaN);
}

export function cacheFolder(): string {
  return join(
    process.env.BENCH_CACHE ?? join(homedir(), '.cache', 'chamber-bench'),
    `reports-v${generatorVersion}`,
  );
}

/**
 * `count` reports as .docx and the first `pdfCount` also as PDF, from the cache when it has them (the first
 * run makes them: a few minutes of LibreOffice on a loaded machine).
 */
export async function officerReports(count: number, pdfCount: number): Promise<OfficerReports> {
  const folder = cacheFolder();
  const manifestPath = join(folder, 'manifest.json');
  if (existsSync(manifestPath)) {
    const kept = JSON.parse(await readFile(manifestPath, 'utf8')) as OfficerReports;
    if (kept.docx.length >= count && kept.pdf.length >= pdfCount) return kept;
  }
  const started = Date.now();
  console.log(
    `Making ${count} officers' reports with LibreOffice (${pdfCount} also as PDF) into ${folder}...`,
  );
  const work = await mkdtemp(join(tmpdir(), 'chamber-bench-reports-'));
  try {
    const sources: string[] = [];
    const pngBytes: number[] = [];
    for (let number = 1; number <= count; number += 1) {
      const { fodt, pngBytes: size } = reportFodt(number);
      const path = join(work, `report-${String(number).padStart(3, '0')}.fodt`);
      await writeFile(path, fodt);
      sources.push(path);
      pngBytes.push(size);
    }
    const made = join(work, 'out');
    await mkdir(made, { recursive: true });
    await convert(sources, 'docx', made, work);
    await convert(sources.slice(0, pdfCount), 'pdf', made, work);
    await mkdir(folder, { recursive: true });
    for (const name of await readdir(made)) await rename(join(made, name), join(folder, name));
    const docx = sources.map((source) =>
      join(
        folder,
        source
          .split('/')
          .pop()!
          .replace(/\.fodt$/, '.docx'),
      ),
    );
    const pdf = sources.slice(0, pdfCount).map((source) =>
      join(
        folder,
        source
          .split('/')
          .pop()!
          .replace(/\.fodt$/, '.pdf'),
      ),
    );
    const missing = [...docx, ...pdf].filter((path) => !existsSync(path));
    if (missing.length > 0) throw new Error(`LibreOffice did not make ${missing.join(', ')}.`);
    const reports: OfficerReports = {
      folder,
      docx,
      pdf,
      pdfPages: await Promise.all(pdf.map(pageCount)),
      pngBytes,
    };
    await writeFile(manifestPath, JSON.stringify(reports, null, 1));
    console.log(
      `Made in ${((Date.now() - started) / 1000).toFixed(0)} s; PDF pages ${reports.pdfPages.join(', ')}`,
    );
    return reports;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
