import { readFileSync } from 'node:fs';
import { AlignmentType, Document, LevelFormat, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { partText, readDocxParts, spliceReports } from '../../../../renderer/documents/docx-merge';
import { docxReport } from '../../../documents/agenda-pack/support/reports';

const loReport = new Uint8Array(
  readFileSync(new URL('../../../documents/agenda-pack/fixtures/lo-report.docx', import.meta.url)),
);

async function packWithPlaceholders(markers: string[]): Promise<Uint8Array> {
  const document = new Document({
    numbering: {
      config: [
        {
          reference: 'pack',
          levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START }],
        },
      ],
    },
    sections: markers.map((marker) => ({
      children: [new Paragraph('Before'), new Paragraph({ children: [new TextRun(marker)] })],
    })),
  });
  return Packer.pack(document, 'uint8array');
}

describe('merging officers reports into a pack', () => {
  it('splices each report body in place of its placeholder, keeping the section breaks', async () => {
    const pack = await packWithPlaceholders(['CHAMBER-MERGE-1', 'CHAMBER-MERGE-2']);
    const report = await docxReport('Report', 'DOCX-MARKER', 2);
    const { bytes, warnings } = spliceReports(pack, [
      {
        marker: 'CHAMBER-MERGE-1',
        bytes: loReport,
        label: 'LibreOffice report',
        startBookmark: 'a_start',
        endBookmark: 'a_end',
      },
      { marker: 'CHAMBER-MERGE-2', bytes: report, label: 'docx report' },
    ]);
    expect(warnings).toEqual([]);
    const parts = readDocxParts(bytes, 'merged');
    const body = partText(parts, 'word/document.xml') ?? '';
    expect(body).not.toContain('CHAMBER-MERGE');
    expect(body.indexOf('LO-REPORT-MARKER')).toBeLessThan(body.indexOf('DOCX-MARKER'));
    expect(body.match(/<w:sectPr\b/g)).toHaveLength(2);
    expect(body).toContain('w:name="a_start"');
    expect(body).toContain('w:name="a_end"');
    expect(body).not.toContain('headerReference w:type="default" r:id="rId');
  });

  it('renames clashing styles, gives lists fresh ids and copies pictures under new names', async () => {
    const pack = await packWithPlaceholders(['CHAMBER-MERGE-1', 'CHAMBER-MERGE-2']);
    const report = await docxReport('Report', 'DOCX-MARKER', 1);
    const { bytes } = spliceReports(pack, [
      { marker: 'CHAMBER-MERGE-1', bytes: report, label: 'first' },
      { marker: 'CHAMBER-MERGE-2', bytes: report, label: 'second' },
    ]);
    const parts = readDocxParts(bytes, 'merged');
    const styles = partText(parts, 'word/styles.xml') ?? '';
    const styleIds = [...styles.matchAll(/w:styleId="([^"]*)"/g)].map((match) => match[1]);
    expect(new Set(styleIds).size).toBe(styleIds.length);
    expect(styleIds).toEqual(expect.arrayContaining(['R1Normal', 'R2Normal']));
    const numbering = partText(parts, 'word/numbering.xml') ?? '';
    const numIds = [...numbering.matchAll(/<w:num w:numId="(\d+)"/g)].map((match) => match[1]);
    expect(new Set(numIds).size).toBe(numIds.length);
    const nsids = [...numbering.matchAll(/<w:nsid w:val="([^"]*)"/g)].map((match) => match[1]);
    expect(new Set(nsids).size).toBe(nsids.length);
    const body = partText(parts, 'word/document.xml') ?? '';
    const usedNumIds = new Set([...body.matchAll(/<w:numId w:val="(\d+)"/g)].map((match) => match[1]));
    for (const id of usedNumIds) expect(numIds).toContain(id);
    expect([...parts.keys()].filter((path) => path.startsWith('word/media/'))).toEqual(
      expect.arrayContaining(['word/media/R1-image1.png', 'word/media/R2-image1.png']),
    );
    const rels = partText(parts, 'word/_rels/document.xml.rels') ?? '';
    for (const match of body.matchAll(/r:embed="([^"]*)"/g)) expect(rels).toContain(`Id="${match[1]}"`);
  });

  it('refuses a file that is not a Word document, saying what to do', async () => {
    const pack = await packWithPlaceholders(['CHAMBER-MERGE-1']);
    expect(() =>
      spliceReports(pack, [
        {
          marker: 'CHAMBER-MERGE-1',
          bytes: new TextEncoder().encode('not a zip'),
          label: '"Budget" (item 6)',
        },
      ]),
    ).toThrow('"Budget" (item 6) is not a Word (.docx) file');
  });
});
