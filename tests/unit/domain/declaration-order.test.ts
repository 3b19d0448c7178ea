import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inOrderDeclared, nextDeclaredOrder } from '../../../renderer/domain/declaration-order';

type Declared = { id: string; declaredOrder?: number };

const declarations = fc.uniqueArray(
  fc.record({ id: fc.uuid(), declaredOrder: fc.option(fc.nat(50), { nil: undefined }) }),
  { selector: (declaration) => declaration.id, maxLength: 12 },
);

describe('declarations in the order declared', () => {
  it('puts them in the order declared, whatever order they were stored in', () => {
    const stored: Declared[] = [
      { id: 'c', declaredOrder: 2 },
      { id: 'a', declaredOrder: 3 },
      { id: 'b', declaredOrder: 1 },
    ];
    expect(inOrderDeclared(stored).map((declaration) => declaration.id)).toEqual(['b', 'c', 'a']);
  });

  it('puts ones recorded before the order was kept after the others, by id', () => {
    const stored: Declared[] = [{ id: 'z' }, { id: 'y' }, { id: 'x', declaredOrder: 1 }];
    expect(inOrderDeclared(stored).map((declaration) => declaration.id)).toEqual(['x', 'y', 'z']);
  });

  it('gives the same order for any two storage orders of the same declarations', () => {
    fc.assert(
      fc.property(declarations, fc.nat(), (stored, seed) => {
        const shuffled = [...stored].sort(
          (a, b) => ((a.id.charCodeAt(seed % 36) || 0) % 7) - ((b.id.charCodeAt(seed % 36) || 0) % 7),
        );
        expect(inOrderDeclared(shuffled)).toEqual(inOrderDeclared(stored));
      }),
    );
  });

  it('numbers the next declaration after every one declared so far', () => {
    expect(nextDeclaredOrder([])).toBe(1);
    expect(nextDeclaredOrder([{ declaredOrder: 2 }, {}, { declaredOrder: 5 }])).toBe(6);
    fc.assert(
      fc.property(declarations, (stored) => {
        const next = nextDeclaredOrder(stored);
        expect(stored.every((declaration) => (declaration.declaredOrder ?? 0) < next)).toBe(true);
      }),
    );
  });
});
