import { bridge } from '../../../platform/bridge';
import { prepareDocument, type PreparedDocument } from '../../../db/repositories/documents';
import { inspectAttachedDocument } from '../../../documents/inspect/inspect-document';
import { loadPdfjs } from '../../../platform/pdfjs';

export const paperFilters = [{ name: 'Word documents and PDFs', extensions: ['docx', 'pdf'] }];

/**
 * Ask the clerk for papers and get each one ready to store (checked, hashed, pages counted), all before any
 * database transaction opens. A bad file throws with its name in the message; none of the picked files is stored.
 */
export async function pickPapers(multiple: boolean): Promise<PreparedDocument[]> {
  const files = await bridge().openFiles({ filters: paperFilters, multiple });
  const pdfjs = await loadPdfjs();
  return Promise.all(
    files.map(async (file) =>
      prepareDocument(file, (await inspectAttachedDocument(file.name, file.bytes, pdfjs)).pageCount),
    ),
  );
}

/** "24 KB", "1.3 MB": sizes as a clerk reads them. */
export function formatSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
