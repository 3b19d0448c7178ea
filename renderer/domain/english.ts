/**
 * Counts and lists that read as English: "1 action", "2 actions"; "items 4, 5 and 7". Screens and documents say
 * numbers of things through these, never "1 actions" or "(items 4)".
 *
 * @example
 *   countOf(1, 'action'); // "1 action"
 *   countOf(3, 'person', 'people'); // "3 people"
 *   listOf(['4', '5', '7']); // "4, 5 and 7"
 */
export function countOf(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

export function listOf(items: readonly string[], last = 'and'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${last} ${items.at(-1) ?? ''}`;
}

/** "item 4" or "items 4, 5 and 7". */
export function itemsNumbered(numbers: readonly string[]): string {
  return `${numbers.length === 1 ? 'item' : 'items'} ${listOf(numbers)}`;
}
