import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { Document, Packer, Paragraph } from 'docx';
import { inspectAttachedDocument } from '../../../../renderer/documents/inspect/inspect-document';
import { NotADocumentError } from '../../../../renderer/documents/inspect/not-a-document';
import { pdfWithObjectStream } from './make-pdf';

const fixture = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)));

const reasonFor = (name: string, bytes: Uint8Array): string => {
  try {
    inspectAttachedDocument(name, bytes);
  } catch (error) {
    if (error instanceof NotADocumentError) return error.message;
    throw error;
  }
  throw new Error(`${name} was accepted`);
};

describe('Word documents', () => {
  it('reads the page count Word or LibreOffice recorded in docProps/app.xml', () => {
    const bytes = fixture('libreoffice-three-pages.docx');
    expect(inspectAttachedDocument('Appendix A.docx', bytes)).toEqual({
      format: 'docx',
      sizeBytes: bytes.length,
      pageCount: 3,
    });
  });

  it('gives no page count for a .docx that does not record one, rather than a guess', () => {
    const bytes = fixture('packer-two-pages.docx');
    expect(inspectAttachedDocument('Report.docx', bytes)).toEqual({
      format: 'docx',
      sizeBytes: bytes.length,
      pageCount: undefined,
    });
  });

  it('reads a .docx made just now by docx', async () => {
    const bytes = new Uint8Array(
      await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('Hi')] }] })),
    );
    expect(inspectAttachedDocument('Cover.docx', bytes).format).toBe('docx');
  });

  it('reads <Pages> with a namespace prefix', () => {
    const bytes = zipSync({
      '[Content_Types].xml': strToU8(
        '<Types><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
      ),
      'docProps/app.xml': strToU8('<ep:Properties xmlns:ep="x"><ep:Pages>14</ep:Pages></ep:Properties>'),
    });
    expect(inspectAttachedDocument('Budget.docx', bytes).pageCount).toBe(14);
  });
});

describe('PDFs', () => {
  it('reads the page tree of PDFs made by LibreOffice', () => {
    const three = fixture('libreoffice-three-pages.pdf');
    expect(inspectAttachedDocument('Appendix A.pdf', three)).toEqual({
      format: 'pdf',
      sizeBytes: three.length,
      pageCount: 3,
    });
    expect(inspectAttachedDocument('Pack.pdf', fixture('libreoffice-twelve-pages.pdf')).pageCount).toBe(12);
  });

  it('looks inside compressed object streams with a cross-reference stream', () => {
    expect(inspectAttachedDocument('Scan.pdf', pdfWithObjectStream(7)).pageCount).toBe(7);
  });

  it('counts the pages when the catalog cannot be found', () => {
    expect(
      inspectAttachedDocument('Scan.pdf', pdfWithObjectStream(4, { withCatalog: false })).pageCount,
    ).toBe(4);
  });

  it('takes the newest page tree of a PDF updated incrementally', () => {
    const original = fixture('libreoffice-three-pages.pdf');
    const update = new TextEncoder().encode(
      '\n30 0 obj\n<</Type/Catalog/Pages 31 0 R>>\nendobj\n31 0 obj\n<</Type/Pages/Kids[]/Count 5>>\nendobj\n' +
        'trailer\n<</Size 32/Root 30 0 R>>\nstartxref\n0\n%%EOF\n',
    );
    const updated = new Uint8Array(original.length + update.length);
    updated.set(original);
    updated.set(update, original.length);
    expect(inspectAttachedDocument('Updated.pdf', updated).pageCount).toBe(5);
  });
});

describe('files that are neither', () => {
  it('names an older Word file and says what to do', () => {
    expect(reasonFor('Minutes.doc', fixture('word-97.doc'))).toBe(
      'Minutes.doc is not a Word document (.docx) or PDF: it is an older Word 97-2003 file (.doc). ' +
        'Open it in Word and save it as .docx, then attach it again.',
    );
  });

  it('trusts the contents, not the name', () => {
    expect(reasonFor('Report.pdf', fixture('word-97.doc'))).toMatch(
      /^Report\.pdf is not a Word document .*\.doc\)/,
    );
    expect(inspectAttachedDocument('Report.docx', fixture('libreoffice-three-pages.pdf')).format).toBe('pdf');
  });

  it('names Excel, PowerPoint, OpenDocument and other zips', () => {
    const office = (type: string) =>
      zipSync({ '[Content_Types].xml': strToU8(`<Types><Override ContentType="${type}"/></Types>`) });
    expect(
      reasonFor(
        'Budget.docx',
        office('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml'),
      ),
    ).toMatch(/: it is an Excel workbook\. Save it as PDF/);
    expect(
      reasonFor(
        'Slides.docx',
        office('application/vnd.openxmlformats-officedocument.presentationml.slide+xml'),
      ),
    ).toMatch(/: it is a PowerPoint presentation/);
    expect(reasonFor('Form.docx', office('application/vnd.ms-word.document.macroEnabled.main+xml'))).toMatch(
      /\(\.docm\)/,
    );
    const odt = zipSync({ mimetype: strToU8('application/vnd.oasis.opendocument.text') });
    expect(reasonFor('Notes.docx', odt)).toMatch(/: it is an OpenDocument text file \(\.odt\)/);
    expect(reasonFor('Photos.docx', zipSync({ 'a.jpg': new Uint8Array([1]) }))).toMatch(
      /: it is a zip file with no Word document inside\.$/,
    );
  });

  it('says when a zip or a PDF is damaged', () => {
    const docx = fixture('libreoffice-three-pages.docx');
    expect(reasonFor('Cut.docx', docx.subarray(0, 200))).toMatch(/: it is a damaged zip file\./);
    const pdf = fixture('libreoffice-three-pages.pdf');
    expect(reasonFor('Cut.pdf', pdf.subarray(0, 60))).toMatch(
      /: it starts like a PDF but no pages could be found/,
    );
  });

  it('names empty files, Rich Text and anything else', () => {
    expect(reasonFor('Empty.docx', new Uint8Array())).toBe(
      'Empty.docx is not a Word document (.docx) or PDF: the file is empty. Choose the file again.',
    );
    expect(reasonFor('Letter.docx', strToU8('{\\rtf1\\ansi Hello}'))).toMatch(/Rich Text file \(\.rtf\)/);
    expect(reasonFor('Photo.pdf', new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toMatch(
      /could not recognise its contents/,
    );
  });

  it('names a password-protected Word file', () => {
    const encrypted = new Uint8Array(2048);
    encrypted.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const name = Uint8Array.from(
      Array.from(new TextEncoder().encode('EncryptedPackage')).flatMap((byte) => [byte, 0]),
    );
    encrypted.set(name, 1024);
    expect(reasonFor('Secret.docx', encrypted)).toMatch(
      /: it is protected by a password\. Remove the password/,
    );
  });
});
