import { strFromU8, unzipSync } from 'fflate';

/** The XML parts of a .docx that can hold placeholders: the body, headers and footers. */
export type DocxParts = { document: string; headers: string[] };

export type DocxReadResult = { ok: true; parts: DocxParts } | { ok: false; problem: string };

const oldWordSignature = [0xd0, 0xcf, 0x11, 0xe0];

/** Opens the bytes as a .docx (a zip with word/document.xml), or says in the clerk's words why it is not one. */
export function readDocx(bytes: Uint8Array): DocxReadResult {
  if (oldWordSignature.every((value, index) => bytes[index] === value)) {
    return {
      ok: false,
      problem:
        'This is an older Word 97-2003 (.doc) file. Open it in Word, choose Save As "Word Document (.docx)", and upload the .docx.',
    };
  }
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (file) => file.name.startsWith('word/') && file.name.endsWith('.xml'),
    });
  } catch {
    return {
      ok: false,
      problem:
        'This file is not a Word document (.docx): it could not be opened as one. Save it from Word as .docx and upload it again.',
    };
  }
  const document = files['word/document.xml'];
  if (!document) {
    return {
      ok: false,
      problem:
        'This file is a zip archive but not a Word document: it has no word/document.xml. Upload a .docx saved from Word or LibreOffice.',
    };
  }
  const headers = Object.keys(files)
    .filter((name) => /^word\/(header|footer)\d*\.xml$/.test(name))
    .sort()
    .map((name) => strFromU8(files[name] ?? new Uint8Array()));
  return { ok: true, parts: { document: strFromU8(document), headers } };
}
