import type { AgendaItem } from './model';

/**
 * Printed agenda numbers: top-level items 1, 2, 3 in order; sub-items 5.1, 5.2 under their parent. An
 * unnumbered section (a presentation, announcements) gets '' and the items after it carry on as if it were not
 * there, so "Presentations" between items 2 and 3 leaves them 2 and 3.
 * Returns the items in printed order with their numbers.
 *
 * @example numberAgenda(items).map((entry) => printedAgendaNumber(entry.number)) // ['1.', '', '2.']
 */
export type NumberedAgendaItem = { item: AgendaItem; number: string; depth: number };

export function numberAgenda(items: readonly AgendaItem[]): NumberedAgendaItem[] {
  const children = new Map<string | undefined, AgendaItem[]>();
  for (const item of items) {
    const siblings = children.get(item.parentId) ?? [];
    siblings.push(item);
    children.set(item.parentId, siblings);
  }
  const result: NumberedAgendaItem[] = [];
  const walk = (parentId: string | undefined, prefix: string, depth: number): void => {
    const siblings = [...(children.get(parentId) ?? [])].sort((a, b) => a.order - b.order);
    let count = 0;
    for (const item of siblings) {
      if (item.unnumbered) {
        result.push({ item, number: '', depth });
        walk(item.id, prefix, depth + 1);
        continue;
      }
      count += 1;
      const number = prefix ? `${prefix}.${count}` : String(count);
      result.push({ item, number, depth });
      walk(item.id, number, depth + 1);
    }
  };
  walk(undefined, '', 0);
  return result;
}

/** "5." before a title; nothing for an unnumbered section. */
export function printedAgendaNumber(number: string): string {
  return number ? `${number}.` : '';
}

/**
 * How the screens name an item in a sentence or a button: "item 5", or an unnumbered section by its title
 * ("“Presentations”"), which has no number to be called by.
 */
export function agendaItemName(
  entry: Pick<NumberedAgendaItem, 'number' | 'item'>,
  /** At the start of a sentence or label: "Item 5". */
  opening = false,
): string {
  if (!entry.number) return `“${entry.item.title}”`;
  return `${opening ? 'Item' : 'item'} ${entry.number}`;
}
