import { strFromU8, unzipSync } from 'fflate';
import { UnreadableDocument } from './not-a-document';

const wordMain = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml';

/** What a zip that is not a .docx holds instead, by the content type of its main part. */
const otherPackages: [RegExp, string][] = [
  [
    /ms-word\.document\.macroEnabled/i,
    'it is a macro-enabled Word document (.docm). Save it as .docx and attach it again.',
  ],
  [
    /wordprocessingml\.template/i,
    'it is a Word template (.dotx). Save it as a document (.docx) and attach it again.',
  ],
  [/spreadsheetml|ms-excel/i, 'it is an Excel workbook. Save it as PDF and attach the PDF.'],
  [/presentationml|ms-powerpoint/i, 'it is a PowerPoint presentation. Save it as PDF and attach the PDF.'],
];

function unzip(bytes: Uint8Array): Record<string, Uint8Array> {
  try {
    return unzipSync(bytes, {
      filter: (file) => ['[Content_Types].xml', 'docProps/app.xml', 'mimetype'].includes(file.name),
    });
  } catch {
    throw new UnreadableDocument(
      'it is a damaged zip file. Save the document again and attach the new copy.',
    );
  }
}

/**
 * The page count Word (or LibreOffice) recorded in docProps/app.xml when it last saved the document, or undefined
 * when none was recorded: programs that write .docx without laying out pages (Chamber's own builders among them)
 * leave it out, and no count is better than a guessed one.
 *
 * @example docxPageCount(bytesOfAThreePageReport) // 3
 */
export function docxPageCount(bytes: Uint8Array): number | undefined {
  const parts = unzip(bytes);
  const types = parts['[Content_Types].xml'];
  if (!types) {
    const odt = parts.mimetype && strFromU8(parts.mimetype).includes('opendocument.text');
    throw new UnreadableDocument(
      odt
        ? 'it is an OpenDocument text file (.odt). Save it as .docx or PDF and attach it again.'
        : 'it is a zip file with no Word document inside.',
    );
  }
  const contentTypes = strFromU8(types);
  if (!contentTypes.includes(wordMain)) {
    const other = otherPackages.find(([pattern]) => pattern.test(contentTypes));
    throw new UnreadableDocument(other?.[1] ?? 'it is an Office file with no Word document inside.');
  }
  const app = parts['docProps/app.xml'];
  const pages = app && /<(?:\w+:)?Pages>\s*(\d+)\s*<\//.exec(strFromU8(app))?.[1];
  return pages && Number(pages) > 0 ? Number(pages) : undefined;
}
