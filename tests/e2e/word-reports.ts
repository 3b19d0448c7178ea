import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const p = (text: string, style = 'Text_20_body') => `<text:p text:style-name="${style}">${text}</text:p>`;
const h = (level: number, text: string) =>
  `<text:h text:style-name="Heading_20_${level}" text:outline-level="${level}">${escape(text)}</text:h>`;

/** What a test finds of an officer's report in a pack: its first and last lines, headings and table cells. */
export type WordReportMarks = {
  firstLine: string;
  lastLine: string;
  headings: string[];
  cells: string[];
};

/**
 * An officer's report as councils write them, saved as .docx by LibreOffice: a title and numbered headings, a
 * bulleted list, a bordered table, a chart picture, a footnote and `sections` sections of prose (about two of them
 * to a page); with `landscapeAnnex`, it ends with a landscape page holding a wide table (`marks.wideRow`). Its
 * first and last lines carry the marker, so a test can find where it starts and ends in a pack. Every page has a
 * footer "Page N" (a Word PAGE field); with `runningHeader`, a running header too.
 */
export async function libreOfficeWordReport(
  marker: string,
  sections: number,
  {
    landscapeAnnex = false,
    runningHeader,
  }: { landscapeAnnex?: boolean; runningHeader?: [string, string] } = {},
): Promise<{ bytes: Uint8Array; marks: WordReportMarks }> {
  const chart = await readFile('tests/documents/agenda-pack/fixtures/chart.png');
  const headings = [`${marker} Report of the Director of Place`];
  const cells = [`${marker}-CELL-TARGET`, `${marker}-CELL-ACTUAL`];
  const firstLine = `${marker} FIRST LINE: report to the committee.`;
  const lastLine = `${marker} LAST LINE: end of the report.`;
  const prose = (n: number) =>
    Array.from(
      { length: 5 },
      (_, line) =>
        `Paragraph ${line + 1} of section ${n}: the service has met most of its targets this year, and the officers set out below what changed, what it cost and what the committee is asked to agree, with the reasons for each recommendation.`,
    ).map((text) => p(escape(text)));
  const body = [h(1, headings[0] ?? ''), p(escape(firstLine))];
  for (let n = 1; n <= sections; n += 1) {
    const heading = `${n}. ${['Purpose', 'Background', 'Performance', 'Options', 'Finance', 'Risks'][(n - 1) % 6]} (${marker})`;
    headings.push(heading);
    body.push(h(2, heading), ...prose(n));
    if (n === 1) {
      body.push(
        `<text:list text:style-name="Bullets">${['Keep the service open', 'Review it in a year'].map((item) => `<text:list-item>${p(escape(item), 'List')}</text:list-item>`).join('')}</text:list>`,
        p(
          `The figures come from the service's own returns.<text:note text:id="ftn1" text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body>${p(escape(`${marker} footnote: Service returns, March.`), 'Footnote')}</text:note-body></text:note>`,
        ),
      );
    }
    if (n === 2) {
      body.push(
        tableOf('Measures', [
          ['Measure', 'Target', 'Actual'],
          ['Licences issued', cells[0] ?? '', cells[1] ?? ''],
        ]),
        p(
          `<draw:frame draw:name="Chart" text:anchor-type="as-char" svg:width="12cm" svg:height="7cm"><draw:image><office:binary-data>${chart.toString('base64')}</office:binary-data></draw:image></draw:frame>`,
          'Standard',
        ),
      );
    }
  }
  if (landscapeAnnex) {
    const wide = Array.from({ length: 9 }, (_, n) => `${marker}-W${n + 1}`);
    body.push(
      `<text:h text:style-name="Wide_20_heading" text:outline-level="2">${escape(`Annex (${marker}): figures by ward`)}</text:h>`,
      tableOf('Wards', [Array.from({ length: 9 }, (_, n) => `Ward ${n + 1}`), wide], 'WideTable'),
    );
    headings.push(`Annex (${marker}): figures by ward`);
    cells.push(...wide);
  }
  body.push(p(escape(lastLine)));
  const work = await mkdtemp(join(tmpdir(), 'chamber-word-report-'));
  await writeFile(join(work, `${marker}.fodt`), flatOdt(body.join('\n'), runningHeader));
  await promisify(execFile)(
    'soffice',
    [
      `-env:UserInstallation=file://${work}/profile`,
      '--headless',
      '--convert-to',
      'docx:MS Word 2007 XML',
      '--outdir',
      work,
      join(work, `${marker}.fodt`),
    ],
    { timeout: 120_000 },
  );
  const bytes = new Uint8Array(await readFile(join(work, `${marker}.docx`)));
  return { bytes, marks: { firstLine, lastLine, headings, cells } };
}

function tableOf(name: string, rows: string[][], style = 'Table'): string {
  const cells = (row: string[]) =>
    row
      .map(
        (cell) =>
          `<table:table-cell table:style-name="Cell" office:value-type="string">${p(escape(cell), 'Table_20_Contents')}</table:table-cell>`,
      )
      .join('');
  return `<table:table table:name="${name}" table:style-name="${style}"><table:table-column table:number-columns-repeated="${rows[0]?.length ?? 1}"/>${rows.map((row) => `<table:table-row>${cells(row)}</table:table-row>`).join('')}</table:table>`;
}

/** `runningHeader`: a header of two parts, the first at the left and the second after two tabs (at the right). */
function flatOdt(body: string, runningHeader?: [string, string]): string {
  const header = runningHeader
    ? `<style:header><text:p text:style-name="Header">${escape(runningHeader[0])}<text:tab/><text:tab/>${escape(runningHeader[1])}</text:p></style:header>`
    : '';
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:xlink="http://www.w3.org/1999/xlink" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
 <office:styles>
  <style:style style:name="Standard" style:family="paragraph"><style:text-properties style:font-name="Liberation Sans" fo:font-family="'Liberation Sans'" fo:font-size="11pt"/></style:style>
  <style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.25cm" fo:line-height="115%"/></style:style>
  <style:style style:name="List" style:family="paragraph" style:parent-style-name="Text_20_body"/>
  <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="1"><style:paragraph-properties fo:margin-top="0.4cm" fo:margin-bottom="0.3cm" fo:keep-with-next="always"/><style:text-properties fo:font-size="18pt" fo:font-weight="bold"/></style:style>
  <style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="2"><style:paragraph-properties fo:margin-top="0.35cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always"/><style:text-properties fo:font-size="14pt" fo:font-weight="bold"/></style:style>
  <style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-size="10pt"/></style:style>
  <style:style style:name="Footnote" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-size="9pt"/></style:style>
  <style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="9pt"/></style:style>
  <text:list-style style:name="Bullets"><text:list-level-style-bullet text:level="1" text:bullet-char="•"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1.27cm" fo:text-indent="-0.635cm" fo:margin-left="1.27cm"/></style:list-level-properties></text:list-level-style-bullet></text:list-style>
 </office:styles>
 <office:automatic-styles>
  <style:style style:name="Table" style:family="table"><style:table-properties style:width="17cm" table:align="margins"/></style:style>
  <style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties fo:padding="0.08cm" fo:border="0.5pt solid #000000"/></style:style>
  <style:style style:name="WideTable" style:family="table"><style:table-properties style:width="25.7cm" table:align="margins"/></style:style>
  <style:style style:name="Wide_20_heading" style:family="paragraph" style:parent-style-name="Heading_20_2" style:master-page-name="Wide"/>
  <style:page-layout style:name="A4L"><style:page-layout-properties fo:page-width="29.7cm" fo:page-height="21cm" style:print-orientation="landscape" fo:margin-top="2cm" fo:margin-bottom="1.5cm" fo:margin-left="2cm" fo:margin-right="2cm"/></style:page-layout>
  <style:page-layout style:name="A4"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2cm" fo:margin-bottom="1.5cm" fo:margin-left="2cm" fo:margin-right="2cm"/></style:page-layout>
 </office:automatic-styles>
 <office:master-styles>
  <style:master-page style:name="Standard" style:page-layout-name="A4">${header}<style:footer><text:p text:style-name="Footer">Page <text:page-number text:select-page="current"/></text:p></style:footer></style:master-page>
  <style:master-page style:name="Wide" style:page-layout-name="A4L"/>
 </office:master-styles>
 <office:body>
  <office:text>
${body}
  </office:text>
 </office:body>
</office:document>
`;
}
