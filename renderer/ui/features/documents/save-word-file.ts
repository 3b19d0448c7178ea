import { bridge } from '../../../platform/bridge';

const wordFilter = [{ name: 'Word document', extensions: ['docx'] }];

/** Hand a finished document to the clerk: a save dialog on the desktop, a download in a browser. */
export async function saveWordFile(suggestedName: string, bytes: Uint8Array): Promise<string | undefined> {
  const result = await bridge().saveFile({ suggestedName, bytes, filters: wordFilter });
  return result.saved ? result.location : undefined;
}
