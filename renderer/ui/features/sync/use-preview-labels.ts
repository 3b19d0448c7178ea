import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../../db/database';
import type { PreviewLine } from '../../../sync';

/**
 * Names for minutes in a preview as the clerk knows them ("Minute 101: Council Budget"): the file's own
 * label for a minute is only its number. Looked up on this laptop; a minute new to it keeps the file's label.
 * Undefined while they are being looked up, so the preview is not shown with bare numbers that then change
 * under the clerk's eyes.
 */
export function usePreviewLabels(lines: readonly PreviewLine[]): Map<string, string> | undefined {
  const ids = lines.filter((line) => line.table === 'minutes').map((line) => line.id);
  const labels = useLiveQuery(async () => {
    const found = new Map<string, string>();
    for (const minute of await db.minutes.bulkGet(ids)) {
      if (!minute) continue;
      const item = await db.agendaItems.get(minute.agendaItemId);
      found.set(minute.id, `Minute ${minute.number}${item ? `: ${item.title}` : ''}`);
    }
    return found;
  }, [ids.join()]);
  return labels;
}
