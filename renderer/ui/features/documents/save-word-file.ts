import { bridge } from '../../../platform/bridge';

const wordFilter = [{ name: 'Word document', extensions: ['docx'] }];

/**
 * Hand a finished document to the clerk: a save dialog on the desktop, a download in a browser. A Blob (made by a
 * worker) goes as it is where the shell can save one; elsewhere its bytes are read out first.
 */
export async function saveWordFile(
  suggestedName: string,
  file: Uint8Array | Blob,
): Promise<string | undefined> {
  const shell = bridge();
  const result =
    file instanceof Blob
      ? shell.saveBlob
        ? await shell.saveBlob({ suggestedName, blob: file, filters: wordFilter })
        : await shell.saveFile({
            suggestedName,
            bytes: new Uint8Array(await file.arrayBuffer()),
            filters: wordFilter,
          })
      : await shell.saveFile({ suggestedName, bytes: file, filters: wordFilter });
  return result.saved ? result.location : undefined;
}

/** What the pack worker should hand the page a file as: a Blob where the shell saves one as it is. */
export const wordFileForm = (): 'blob' | 'bytes' => (bridge().saveBlob ? 'blob' : 'bytes');
