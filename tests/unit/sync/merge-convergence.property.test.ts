import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createReplica,
  deleteRecordIn,
  editRecord,
  exportChanges,
  importChanges,
  knowledgeOf,
  type Replica,
} from '../../../renderer/sync/merge/replica';
import type { Knowledge } from '../../../renderer/sync/merge/types';

/**
 * Three laptops minute the same meeting offline and swap files in random orders. Whatever happens, once every
 * laptop has every other's file they hold the same records, and every word typed is either in the final text,
 * kept in a recorded conflict, or was overwritten (or deleted) on a laptop that had it in front of it.
 */
type Operation =
  | { kind: 'edit'; device: number; record: number; field: 'text' | 'number'; skew: number }
  | { kind: 'delete'; device: number; record: number }
  | { kind: 'exchange'; from: number; to: number; incremental: boolean }
  | { kind: 'wait'; ms: number };

const device = fc.integer({ min: 0, max: 2 });
const record = fc.integer({ min: 0, max: 3 });
const operation: fc.Arbitrary<Operation> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('edit' as const),
      device,
      record,
      field: fc.constantFrom('text' as const, 'number' as const),
      skew: fc.integer({ min: -3000, max: 3000 }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const), device, record }) },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('exchange' as const),
      from: device,
      to: device,
      incremental: fc.boolean(),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('wait' as const), ms: fc.integer({ min: 0, max: 5000 }) }),
  },
);

type Simulation = {
  laptops: Replica[];
  /** What each laptop last heard the other knew: the `since` of its next incremental file to it. */
  acknowledged: (Knowledge | null)[][];
  typed: string[];
  overwritten: Set<string>;
  now: number;
  next: number;
};

function start(): Simulation {
  return {
    laptops: ['laptop-a', 'laptop-b', 'laptop-c'].map(createReplica),
    acknowledged: [0, 1, 2].map(() => [null, null, null]),
    typed: [],
    overwritten: new Set(),
    now: 1_700_000_000_000,
    next: 0,
  };
}

function textOf(laptop: Replica, record: number): string | undefined {
  const value = laptop.records.get(`minutes/m${record}`)?.values?.text;
  return typeof value === 'string' ? value : undefined;
}

function exchange(sim: Simulation, from: number, to: number, incremental: boolean): void {
  const sender = sim.laptops[from]!;
  const receiver = sim.laptops[to]!;
  const since = incremental ? (sim.acknowledged[from]![to] ?? null) : null;
  importChanges(receiver, exportChanges(sender, since), sim.now);
  // The receiver's reply tells the sender what it now knows (as a folder file would).
  sim.acknowledged[from]![to] = knowledgeOf(receiver);
}

function run(sim: Simulation, op: Operation): void {
  if (op.kind === 'wait') sim.now += op.ms;
  if (op.kind === 'exchange' && op.from !== op.to) exchange(sim, op.from, op.to, op.incremental);
  if (op.kind === 'delete') {
    const laptop = sim.laptops[op.device]!;
    const current = textOf(laptop, op.record);
    if (current) sim.overwritten.add(current);
    deleteRecordIn(laptop, 'minutes', `m${op.record}`, sim.now);
  }
  if (op.kind === 'edit') {
    const laptop = sim.laptops[op.device]!;
    const word = `${laptop.deviceId}-${(sim.next += 1)}`;
    const current = textOf(laptop, op.record);
    const value = op.field === 'text' ? `Members asked ${word}` : sim.next;
    const stamped = editRecord(laptop, 'minutes', `m${op.record}`, { [op.field]: value }, sim.now + op.skew);
    if (op.field === 'text' && stamped.length > 0) {
      sim.typed.push(value as string);
      if (current) sim.overwritten.add(current);
    }
  }
}

function visibleState(laptop: Replica): Record<string, unknown> {
  const state: Record<string, unknown> = {};
  for (const [key, record] of laptop.records) state[key] = record.deletedAt ? 'deleted' : record.values;
  return state;
}

function keptInConflict(sim: Simulation, text: string): boolean {
  return sim.laptops.some((laptop) =>
    [...laptop.conflicts.values()].some((conflict) =>
      [conflict.localValue, conflict.remoteValue].some(
        (value) => value === text || (value as { text?: unknown } | null)?.text === text,
      ),
    ),
  );
}

describe('three laptops exchanging files in any order', () => {
  it('converge, and lose no words', () => {
    fc.assert(
      fc.property(fc.array(operation, { minLength: 1, maxLength: 60 }), (operations) => {
        const sim = start();
        for (const op of operations) run(sim, op);
        for (let round = 0; round < 2; round += 1) {
          for (const from of [0, 1, 2])
            for (const to of [0, 1, 2]) if (from !== to) exchange(sim, from, to, true);
        }
        const [a, b, c] = sim.laptops.map(visibleState);
        expect(b).toEqual(a);
        expect(c).toEqual(a);
        const finalTexts = new Set([0, 1, 2, 3].map((record) => textOf(sim.laptops[0]!, record)));
        for (const text of sim.typed) {
          const accounted = finalTexts.has(text) || keptInConflict(sim, text) || sim.overwritten.has(text);
          expect(accounted, `"${text}" was lost`).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });
});
