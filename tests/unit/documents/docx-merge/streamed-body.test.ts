import { readFileSync } from 'node:fs';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { describe, expect, it } from 'vitest';
import { partText, readDocxParts, spliceReports } from '../../../../renderer/documents/docx-merge';
import { reportBodyRoot } from '../../../../renderer/documents/docx-merge/report-root';
import { rewriteBody, rewriteBodyInPieces } from '../../../../renderer/documents/docx-merge/body-rewrite';
import { DocxZipWriter } from '../../../../renderer/documents/docx-merge/zip-writer';
import { bodyChildren } from '../../../../renderer/documents/docx-merge/xml-text';

const loReport = new Uint8Array(
  readFileSync(new URL('../../../documents/agenda-pack/fixtures/lo-report.docx', import.meta.url)),
);

/** The LibreOffice report with a namespace of its own declared on its body's root and used in its body. */
function reportWithOwnNamespace(level: 0 | 6): Uint8Array {
  const parts = unzipSync(loReport);
  const body = strFromU8(parts['word/document.xml'] as Uint8Array)
    .replace('<w:document ', '<w:document xmlns:chamber-test="urn:chamber:test" ')
    .replace('<w:body>', '<w:body><w:p chamber-test:mark="1"><w:r><w:t>OWN-NAMESPACE</w:t></w:r></w:p>');
  parts['word/document.xml'] = strToU8(body);
  const zippable: Zippable = {};
  for (const [path, bytes] of Object.entries(parts)) zippable[path] = [bytes, { level }];
  return zipSync(zippable);
}

async function packWithPlaceholder(): Promise<Uint8Array> {
  const document = new Document({
    sections: [
      { children: [new Paragraph('Before'), new Paragraph({ children: [new TextRun('CHAMBER-MERGE-1')] })] },
    ],
  });
  return Packer.pack(document, 'uint8array');
}

describe('the pack body zipped as each report is merged', () => {
  it.each([
    ['deflated', 6 as const],
    ['stored', 0 as const],
  ])('declares on the body root a namespace only a %s report declares', async (_how, level) => {
    const report = reportWithOwnNamespace(level);
    expect(reportBodyRoot(report)).toContain('xmlns:chamber-test="urn:chamber:test"');
    const { bytes } = spliceReports(await packWithPlaceholder(), [
      { marker: 'CHAMBER-MERGE-1', bytes: report, label: 'The report' },
    ]);
    const body = partText(readDocxParts(bytes, 'merged'), 'word/document.xml') ?? '';
    const root = /<w:document\b[^>]*>/.exec(body)?.[0] ?? '';
    expect(root).toContain('xmlns:chamber-test="urn:chamber:test"');
    expect(body).toContain('chamber-test:mark="1"');
    expect(body.indexOf('Before')).toBeLessThan(body.indexOf('OWN-NAMESPACE'));
  });

  it("writes the content types first, and the report's pictures", async () => {
    const { bytes } = spliceReports(await packWithPlaceholder(), [
      { marker: 'CHAMBER-MERGE-1', bytes: loReport, label: 'The report' },
    ]);
    const parts = unzipSync(bytes);
    expect(Object.keys(parts)[0]).toBe('[Content_Types].xml');
    expect(strFromU8(parts['[Content_Types].xml'] as Uint8Array)).toMatch(/Extension="png"/i);
    expect(Object.keys(parts).some((path) => path.startsWith('word/media/'))).toBe(true);
  });

  it('finds no body root in bytes that are not a Word file', () => {
    expect(reportBodyRoot(strToU8('not a zip'))).toBeUndefined();
  });
});

describe("a report's body rewritten in pieces", () => {
  const maps = {
    styles: new Map([['Heading1', 'R1Heading1']]),
    numIds: new Map([['1', '41']]),
    relationships: new Map([['rId3', 'R1rId3']]),
    defaultParagraphStyle: 'R1Normal',
    prefix: 'R1',
    idOffset: 200_000,
  };
  const body = bodyChildren(strFromU8(unzipSync(loReport)['word/document.xml'] as Uint8Array));

  it.each([500, 2_000, 1_000_000])(
    'is the body rewritten whole, in pieces of about %i characters',
    (size) => {
      const pieces = rewriteBodyInPieces(body, maps, size);
      if (size < body.length / 4) expect(pieces.length).toBeGreaterThan(2);
      expect(pieces.join('')).toBe(rewriteBody(body, maps));
      expect(pieces.at(-1)).toMatch(/<w:p[ >][\s\S]*<\/w:p>\s*$/);
    },
  );
});

describe('a text part written a piece at a time', () => {
  it('keeps every character, those outside the BMP across a slice too', () => {
    const text = `${'a'.repeat(32 * 1024 - 1)}😀 Wrenmoor’s café ${'é😀'.repeat(40_000)}`;
    const writer = new DocxZipWriter();
    const part = writer.open('word/document.xml');
    part.write(text.slice(0, 50_000));
    part.write(text.slice(50_000));
    part.end();
    expect(strFromU8(unzipSync(writer.finish())['word/document.xml'] as Uint8Array)).toBe(text);
  });
});
