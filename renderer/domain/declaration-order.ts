import type { Declaration } from './model';

/**
 * Declarations in the order members declared them. The minutes print them in this order on every save: a
 * declaration's place comes from its declaredOrder, never from where the database happened to keep it. Ones
 * recorded before declaredOrder existed follow, by id, so the order is still the same every time.
 *
 * @example inOrderDeclared([{ declaredOrder: 2, ... }, { declaredOrder: 1, ... }]) // the second first
 */
export function inOrderDeclared<T extends Pick<Declaration, 'id' | 'declaredOrder'>>(
  declarations: readonly T[],
): T[] {
  return [...declarations].sort((a, b) => {
    const orderA = a.declaredOrder ?? Number.POSITIVE_INFINITY;
    const orderB = b.declaredOrder ?? Number.POSITIVE_INFINITY;
    if (orderA !== orderB) return orderA < orderB ? -1 : 1;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
}

/** The place of the next declaration of a meeting: after every one declared so far. */
export function nextDeclaredOrder(declarations: readonly Pick<Declaration, 'declaredOrder'>[]): number {
  return Math.max(0, ...declarations.map((declaration) => declaration.declaredOrder ?? 0)) + 1;
}
