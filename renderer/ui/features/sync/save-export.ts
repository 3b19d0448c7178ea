import { exportFile, exportFileTo, recordExchange, type ExportRequest } from '../../../sync';
import { saveChamberFile } from './chamber-file-pieces';
import { exportFileName } from './export-scope';

export type SavedExport = { fileName: string; recordTotal: number; encrypted: boolean };

export const chamberFilter = { name: 'Chamber export', extensions: ['chamber'] };

/**
 * Make the export and save it where the clerk chooses (on the desktop, written there as it is made); undefined
 * when the clerk cancels the save dialog. The passphrase is checked here, before anything is written, so a typo
 * is caught while the clerk can still see both fields.
 */
export async function saveExport(
  request: ExportRequest,
  label: string,
  encryption: { passphrase: string; confirm: string } | 'none',
): Promise<SavedExport | undefined> {
  if (encryption !== 'none') {
    if (encryption.passphrase.length < 8)
      throw new Error('The passphrase must be at least 8 characters. Choose a longer one.');
    if (encryption.passphrase !== encryption.confirm)
      throw new Error('The two passphrases are different. Type the same passphrase in both fields.');
  }
  const chosen = encryption === 'none' ? 'none' : { passphrase: encryption.passphrase };
  const fileName = exportFileName(label);
  const file = await saveChamberFile(fileName, [chamberFilter], {
    toSink: (sink) => exportFileTo(sink, request, chosen),
    held: async () => {
      const made = await exportFile(request, chosen);
      return { result: made, file: made };
    },
  });
  // A cancelled save dialog sends nothing: only a saved file counts as sent to the other laptop.
  if (!file) return undefined;
  await recordExchange(file);
  return { fileName, recordTotal: file.recordTotal, encrypted: file.encrypted };
}
