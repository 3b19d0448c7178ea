import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { minimalDocx } from '../../../renderer/domain/archive/docx-bytes';
import { defaultImportLimits } from '../../../renderer/sync/format/limits';
import { paperProblem, UnpackedParts } from '../../../renderer/sync/format/paper-check';
import { packedBytes, readZipDirectory } from '../../../renderer/sync/format/zip-reader';

/**
 * An import's papers are checked together: a part packed byte for byte as one already unpacked whole is compared,
 * not unpacked again (papers written from one template share most of their parts). Only the same bytes count:
 * a part that merely declares the same size and checksum as a good one is unpacked, and refused if it lies.
 */
const styles = `<w:styles>${'<w:style w:styleId="Heading"/>'.repeat(200)}</w:styles>`;

function report(text: string): Uint8Array {
  return zipSync(
    {
      '[Content_Types].xml': strToU8('<Types/>'),
      'word/document.xml': strToU8(`<w:document><w:body><w:p>${text}</w:p></w:body></w:document>`),
      'word/styles.xml': strToU8(styles),
    },
    { level: 6 },
  );
}

/** The report with its styles part's packed bytes overwritten: same length, same declared size and checksum. */
function reportWithStylesOverwritten(): Uint8Array {
  const bytes = report('Budget monitoring, quarter 2.');
  const styles = readZipDirectory(bytes, defaultImportLimits).find((part) => part.name === 'word/styles.xml');
  if (!styles || styles.method !== 8) throw new Error('the styles part should be deflated');
  packedBytes(bytes, styles).fill(0xff);
  return bytes;
}

describe('papers checked together in one import', () => {
  it('takes papers that share parts, each as it would alone', () => {
    const unpacked = new UnpackedParts();
    for (const text of ['Budget monitoring.', 'Highways programme.', 'Budget monitoring.'])
      expect(paperProblem(report(text), 'docx', unpacked)).toBeUndefined();
    const withAppendix = minimalDocx(['Parks strategy.'], new Uint8Array(3000).fill(7));
    expect(paperProblem(withAppendix, 'docx', unpacked)).toBeUndefined();
  });

  it('still unpacks a part that declares what a good one did but holds other bytes', () => {
    const unpacked = new UnpackedParts();
    expect(paperProblem(report('Budget monitoring, quarter 2.'), 'docx', unpacked)).toBeUndefined();
    const damaged = reportWithStylesOverwritten();
    expect(paperProblem(damaged, 'docx')).toBe('it is a damaged Word document');
    expect(paperProblem(damaged, 'docx', unpacked)).toBe('it is a damaged Word document');
  });

  it('refuses a paper whose part lies about its size after others like it were taken', () => {
    const unpacked = new UnpackedParts();
    const honest = zipSync({
      'word/document.xml': strToU8('<w:document/>'),
      'word/media/image1.png': [new Uint8Array(512 * 1024), { level: 9 }],
    });
    expect(paperProblem(honest, 'docx', unpacked)).toBeUndefined();
    expect(paperProblem(honest.slice(), 'docx', unpacked)).toBeUndefined();
    // The same picture, its directory saying 1,000 bytes: only unpacking tells.
    const lying = honest.slice();
    const view = new DataView(lying.buffer);
    let at = view.getUint32(lying.length - 22 + 16, true);
    for (const part of readZipDirectory(lying, defaultImportLimits)) {
      if (part.name.endsWith('.png')) view.setUint32(at + 24, 1000, true);
      at +=
        46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    }
    expect(paperProblem(lying, 'docx', unpacked)).toBe(
      'it unpacks to far more than its size, as no Word document does',
    );
  });
});
