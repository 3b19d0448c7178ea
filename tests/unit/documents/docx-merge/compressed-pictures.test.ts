import { readFileSync } from 'node:fs';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { readDocxParts, spliceReports } from '../../../../renderer/documents/docx-merge';
import { compressedEntries } from '../../../../renderer/documents/docx-merge/compressed-parts';

const loReport = new Uint8Array(
  readFileSync(new URL('../../../documents/agenda-pack/fixtures/lo-report.docx', import.meta.url)),
);

/** Each entry's compression method and compressed bytes, by name, read from the zip's local headers. */
function rawEntries(zip: Uint8Array): Map<string, { method: number; compressed: Uint8Array }> {
  return new Map(
    [...compressedEntries(zip, () => true)].map(([name, entry]) => [
      name,
      { method: entry.method, compressed: entry.compressed },
    ]),
  );
}

async function pack(): Promise<Uint8Array> {
  const document = new Document({
    sections: [{ children: [new Paragraph({ children: [new TextRun('CHAMBER-MERGE-1')] })] }],
  });
  return Packer.pack(document, 'uint8array');
}

describe("a report's pictures in the pack", () => {
  const picture = rawEntries(loReport).get('word/media/image1.png');

  it('are copied as they lie compressed in the report, never inflated and zipped again', async () => {
    expect(picture?.method).toBe(8);
    const shares: number[] = [];
    const { bytes } = spliceReports(
      await pack(),
      [{ marker: 'CHAMBER-MERGE-1', bytes: loReport, label: 'LibreOffice report' }],
      undefined,
      (share) => shares.push(share),
    );
    const copied = rawEntries(bytes).get('word/media/R1-image1.png');
    expect(copied?.method).toBe(8);
    expect(Buffer.from(copied?.compressed ?? []).equals(Buffer.from(picture?.compressed ?? []))).toBe(true);
    // Whoever opens the pack reads the same picture as the report's, its checksum intact.
    const inReport = readDocxParts(loReport, 'The report').get('word/media/image1.png');
    const inPack = readDocxParts(bytes, 'The pack').get('word/media/R1-image1.png');
    expect(inPack?.length).toBeGreaterThan(0);
    expect(Buffer.from(inPack ?? []).equals(Buffer.from(inReport ?? []))).toBe(true);
    expect(shares.at(-1)).toBe(1);
  });

  it('are the same picture when the pack is zipped whole', async () => {
    const { bytes } = spliceReports(await pack(), [
      { marker: 'CHAMBER-MERGE-1', bytes: loReport, label: 'LibreOffice report' },
    ]);
    const inReport = readDocxParts(loReport, 'The report').get('word/media/image1.png');
    const inPack = readDocxParts(bytes, 'The pack').get('word/media/R1-image1.png');
    expect(Buffer.from(inPack ?? []).equals(Buffer.from(inReport ?? []))).toBe(true);
  });

  it('are inflated as before from a zip whose directory cannot be read so', () => {
    const damaged = loReport.slice(0, loReport.length - 10);
    expect(compressedEntries(damaged, () => true).size).toBe(0);
    expect(compressedEntries(new Uint8Array(10), () => true).size).toBe(0);
  });
});
