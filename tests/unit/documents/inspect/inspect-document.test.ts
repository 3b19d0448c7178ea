import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { Document, Packer, Paragraph } from 'docx';
import { inspectAttachedDocument } from '../../../../renderer/documents/inspect/inspect-document';
import { NotADocumentError } from '../../../../renderer/documents/inspect/not-a-document';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';

const fixture = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)));

const reasonFor = async (name: string, bytes: Uint8Array): Promise<string> => {
  try {
    await inspectAttachedDocument(name, bytes, pdfjs);
  } catch (error) {
    if (error instanceof NotADocumentError) return error.message;
    throw error;
  }
  throw new Error(`${name} was accepted`);
};

describe('Word documents', () => {
  it('reads the page count Word or LibreOffice recorded in docProps/app.xml', async () => {
    const bytes = fixture('libreoffice-three-pages.docx');
    expect(await inspectAttachedDocument('Appendix A.docx', bytes, pdfjs)).toEqual({
      format: 'docx',
      sizeBytes: bytes.length,
      pageCount: 3,
    });
  });

  it('gives no page count for a .docx that does not record one, rather than a guess', async () => {
    const bytes = fixture('packer-two-pages.docx');
    expect(await inspectAttachedDocument('Report.docx', bytes, pdfjs)).toEqual({
      format: 'docx',
      sizeBytes: bytes.length,
      pageCount: undefined,
    });
  });

  it('reads a .docx made just now by docx', async () => {
    const bytes = new Uint8Array(
      await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('Hi')] }] })),
    );
    expect((await inspectAttachedDocument('Cover.docx', bytes, pdfjs)).format).toBe('docx');
  });

  it('reads <Pages> with a namespace prefix', async () => {
    const bytes = zipSync({
      '[Content_Types].xml': strToU8(
        '<Types><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
      ),
      'docProps/app.xml': strToU8('<ep:Properties xmlns:ep="x"><ep:Pages>14</ep:Pages></ep:Properties>'),
    });
    expect((await inspectAttachedDocument('Budget.docx', bytes, pdfjs)).pageCount).toBe(14);
  });
});

describe('PDFs', () => {
  it('reads the page tree of PDFs made by LibreOffice', async () => {
    const three = fixture('libreoffice-three-pages.pdf');
    expect(await inspectAttachedDocument('Appendix A.pdf', three, pdfjs)).toEqual({
      format: 'pdf',
      sizeBytes: three.length,
      pageCount: 3,
    });
    expect(
      (await inspectAttachedDocument('Pack.pdf', fixture('libreoffice-twelve-pages.pdf'), pdfjs)).pageCount,
    ).toBe(12);
  });
});

describe('files that are neither', () => {
  it('names an older Word file and says what to do', async () => {
    expect(await reasonFor('Minutes.doc', fixture('word-97.doc'))).toBe(
      'Minutes.doc is not a Word document (.docx) or PDF: it is an older Word 97-2003 file (.doc). ' +
        'Open it in Word and save it as .docx, then attach it again.',
    );
  });

  it('trusts the contents, not the name', async () => {
    expect(await reasonFor('Report.pdf', fixture('word-97.doc'))).toMatch(
      /^Report\.pdf is not a Word document .*\.doc\)/,
    );
    expect(
      (await inspectAttachedDocument('Report.docx', fixture('libreoffice-three-pages.pdf'), pdfjs)).format,
    ).toBe('pdf');
  });

  it('names Excel, PowerPoint, OpenDocument and other zips', async () => {
    const office = (type: string) =>
      zipSync({ '[Content_Types].xml': strToU8(`<Types><Override ContentType="${type}"/></Types>`) });
    expect(
      await reasonFor(
        'Budget.docx',
        office('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml'),
      ),
    ).toMatch(/: it is an Excel workbook\. Save it as PDF/);
    expect(
      await reasonFor(
        'Slides.docx',
        office('application/vnd.openxmlformats-officedocument.presentationml.slide+xml'),
      ),
    ).toMatch(/: it is a PowerPoint presentation/);
    expect(
      await reasonFor('Form.docx', office('application/vnd.ms-word.document.macroEnabled.main+xml')),
    ).toMatch(/\(\.docm\)/);
    const odt = zipSync({ mimetype: strToU8('application/vnd.oasis.opendocument.text') });
    expect(await reasonFor('Notes.docx', odt)).toMatch(/: it is an OpenDocument text file \(\.odt\)/);
    expect(await reasonFor('Photos.docx', zipSync({ 'a.jpg': new Uint8Array([1]) }))).toMatch(
      /: it is a zip file with no Word document inside\.$/,
    );
  });

  it('says when a zip or a PDF is damaged', async () => {
    const docx = fixture('libreoffice-three-pages.docx');
    expect(await reasonFor('Cut.docx', docx.subarray(0, 200))).toMatch(/: it is a damaged zip file\./);
    const pdf = fixture('libreoffice-three-pages.pdf');
    expect(await reasonFor('Cut.pdf', pdf.subarray(0, 60))).toMatch(
      /: it starts like a PDF but (could not be read|has no pages)/,
    );
  });

  it('names empty files, Rich Text and anything else', async () => {
    expect(await reasonFor('Empty.docx', new Uint8Array())).toBe(
      'Empty.docx is not a Word document (.docx) or PDF: the file is empty. Choose the file again.',
    );
    expect(await reasonFor('Letter.docx', strToU8('{\\rtf1\\ansi Hello}'))).toMatch(
      /Rich Text file \(\.rtf\)/,
    );
    expect(await reasonFor('Photo.pdf', new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toMatch(
      /could not recognise its contents/,
    );
  });

  it('names a password-protected Word file', async () => {
    const encrypted = new Uint8Array(2048);
    encrypted.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const name = Uint8Array.from(
      Array.from(new TextEncoder().encode('EncryptedPackage')).flatMap((byte) => [byte, 0]),
    );
    encrypted.set(name, 1024);
    expect(await reasonFor('Secret.docx', encrypted)).toMatch(
      /: it is protected by a password\. Remove the password/,
    );
  });
});
