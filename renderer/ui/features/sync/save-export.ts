import { exportFile, recordExchange, type ExportRequest } from '../../../sync';
import { saveChamberFile } from './chamber-file-pieces';
import { exportFileName } from './export-scope';

export type SavedExport = { fileName: string; recordTotal: number; encrypted: boolean };

export const chamberFilter = { name: 'Chamber export', extensions: ['chamber'] };

/**
 * Write the export and hand it to the shell to save; undefined when the clerk cancels the save dialog. The
 * passphrase is checked here, before anything is written, so a typo is caught while the clerk can still see
 * both fields.
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
  const file = await exportFile(
    request,
    encryption === 'none' ? 'none' : { passphrase: encryption.passphrase },
  );
  const fileName = exportFileName(label);
  // A whole archive can be over 256 MB: on the desktop it is written in pieces, atomically.
  const saved = await saveChamberFile(fileName, file, [chamberFilter]);
  // A cancelled save dialog sends nothing: only a saved file counts as sent to the other laptop.
  if (!saved) return undefined;
  await recordExchange(file);
  return { fileName, recordTotal: file.recordTotal, encrypted: file.encrypted };
}
