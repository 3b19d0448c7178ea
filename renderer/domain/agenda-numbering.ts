import type { AgendaItem } from './model';

/**
 * Printed agenda numbers: top-level items 1, 2, 3 in order; sub-items 5.1, 5.2 under their parent.
 * Returns the items in printed order with their numbers.
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
    siblings.forEach((item, index) => {
      const number = prefix ? `${prefix}.${index + 1}` : String(index + 1);
      result.push({ item, number, depth });
      walk(item.id, number, depth + 1);
    });
  };
  walk(undefined, '', 0);
  return result;
}
