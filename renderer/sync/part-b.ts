import type { RecordState } from './merge/types';

/**
 * Whether an export holds Part B (exempt) business: an agenda item in Part B, or a paper, minute, resolution or
 * declaration on one. Exempt information is circulated to members only (LGA 1972 Sch 12A), so such a file is
 * encrypted unless the clerk deliberately turns encryption off. Returns the reason to show, or undefined.
 */
export function partBReason(
  tables: Map<string, RecordState[]>,
  storedPartBItems: Map<string, string>,
): string | undefined {
  const items = new Map(storedPartBItems);
  for (const item of tables.get('agendaItems') ?? []) {
    if (item.values?.part === 'B')
      items.set(item.id, typeof item.values.title === 'string' ? item.values.title : '');
    else items.delete(item.id);
  }
  const touched = new Set<string>();
  for (const item of tables.get('agendaItems') ?? []) if (items.has(item.id)) touched.add(item.id);
  const documentItems = new Map<string, string>();
  for (const table of ['documents', 'minutes', 'declarations', 'resolutions', 'motions']) {
    for (const state of tables.get(table) ?? []) {
      const itemId = state.values?.agendaItemId;
      if (typeof itemId === 'string' && items.has(itemId)) touched.add(itemId);
      if (table === 'documents' && typeof itemId === 'string') documentItems.set(state.id, itemId);
    }
  }
  for (const content of tables.get('documentContents') ?? []) {
    const itemId = documentItems.get(content.id);
    if (itemId && items.has(itemId)) touched.add(itemId);
  }
  if (touched.size === 0) return undefined;
  const first = items.get([...touched][0] ?? '') || 'an exempt item';
  const others = touched.size - 1;
  const also = others > 0 ? ` and ${others} other Part B item${others === 1 ? '' : 's'}` : '';
  return (
    `This file holds Part B (exempt) business: “${first}”${also}. Exempt information is for members only, ` +
    'so Chamber encrypts the file with a passphrase. Give the passphrase to the recipient separately.'
  );
}
