import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createReplica,
  deleteRecordIn,
  editRecord,
  exportChanges,
  importChanges,
  knowledgeOf,
  settleConflict,
  type Replica,
} from '../../../renderer/sync/merge/replica';
import type { Knowledge } from '../../../renderer/sync/merge/types';

/**
 * Issue #26, "nothing overwritten, nothing lost": three laptops minute one meeting with clocks apart, edit at
 * random and swap files in any order, and now and then a clerk settles a conflict. Once every laptop has had
 * every other's file, no edit has gone silently: each is in the final text, or one side of a conflict that
 * every laptop shows (open, or settled by a person's choice), or was written over by a clerk who had it in
 * front of them. "Silently" is the point: a conflict seen on one laptop only, or closed by someone typing on,
 * does not count.
 */
type Operation =
  | { kind: 'edit'; device: number; record: number; field: 'text' | 'number' }
  | { kind: 'delete'; device: number; record: number }
  | { kind: 'exchange'; from: number; to: number; incremental: boolean }
  | { kind: 'settle'; device: number; pick: number; keep: 'local' | 'remote' }
  | { kind: 'wait'; ms: number };

const day = 24 * 60 * 60 * 1000;
const device = fc.integer({ min: 0, max: 2 });
const record = fc.integer({ min: 0, max: 2 });
const operation: fc.Arbitrary<Operation> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('edit' as const),
      device,
      record,
      field: fc.constantFrom('text' as const, 'number' as const),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const), device, record }) },
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant('exchange' as const),
      from: device,
      to: device,
      incremental: fc.boolean(),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('settle' as const),
      device,
      pick: fc.nat(),
      keep: fc.constantFrom('local' as const, 'remote' as const),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('wait' as const), ms: fc.integer({ min: 0, max: 60_000 }) }),
  },
);

type Simulation = {
  laptops: Replica[];
  /** Each laptop's clock error: its wall time is the true time plus this. */
  offsets: number[];
  acknowledged: (Knowledge | null)[][];
  typed: string[];
  /** Text a clerk replaced or deleted while it was in front of them. */
  writtenOver: Set<string>;
  /** Conflicts a clerk settled by choosing. */
  settledByPerson: Set<string>;
  now: number;
  next: number;
};

function start(offsets: number[]): Simulation {
  return {
    laptops: ['laptop-a', 'laptop-b', 'laptop-c'].map(createReplica),
    offsets,
    acknowledged: [0, 1, 2].map(() => [null, null, null]),
    typed: [],
    writtenOver: new Set(),
    settledByPerson: new Set(),
    now: 1_700_000_000_000,
    next: 0,
  };
}

const wallTime = (sim: Simulation, laptop: number) => sim.now + (sim.offsets[laptop] ?? 0);

function textOf(laptop: Replica, record: number): string | undefined {
  const value = laptop.records.get(`minutes/m${record}`)?.values?.text;
  return typeof value === 'string' ? value : undefined;
}

function exchange(sim: Simulation, from: number, to: number, incremental: boolean): void {
  const receiver = sim.laptops[to]!;
  const since = incremental ? (sim.acknowledged[from]![to] ?? null) : null;
  importChanges(receiver, exportChanges(sim.laptops[from]!, since), wallTime(sim, to));
  sim.acknowledged[from]![to] = knowledgeOf(receiver);
}

function run(sim: Simulation, op: Operation): void {
  if (op.kind === 'wait') sim.now += op.ms;
  if (op.kind === 'exchange' && op.from !== op.to) exchange(sim, op.from, op.to, op.incremental);
  if (op.kind === 'delete') {
    const laptop = sim.laptops[op.device]!;
    const current = textOf(laptop, op.record);
    if (current) sim.writtenOver.add(current);
    deleteRecordIn(laptop, 'minutes', `m${op.record}`, wallTime(sim, op.device));
  }
  if (op.kind === 'edit') {
    const laptop = sim.laptops[op.device]!;
    const word = `${laptop.deviceId}-${(sim.next += 1)}`;
    const current = textOf(laptop, op.record);
    const value = op.field === 'text' ? `Members asked ${word}` : sim.next;
    const changes = { [op.field]: value };
    const stamped = editRecord(laptop, 'minutes', `m${op.record}`, changes, wallTime(sim, op.device));
    if (op.field === 'text' && stamped.length > 0) {
      sim.typed.push(value as string);
      if (current) sim.writtenOver.add(current);
    }
  }
  if (op.kind === 'settle') {
    const laptop = sim.laptops[op.device]!;
    const open = [...laptop.conflicts.values()].filter((conflict) => !conflict.resolved);
    const conflict = open.sort((a, b) => a.id.localeCompare(b.id))[op.pick % Math.max(open.length, 1)];
    if (!conflict) return;
    // The clerk reads the conflict on the minute's own screen: what is there now is in front of them too.
    const current = textOf(laptop, Number(conflict.recordId.slice(1)));
    if (current) sim.writtenOver.add(current);
    settleConflict(laptop, conflict.id, op.keep, wallTime(sim, op.device));
    sim.settledByPerson.add(conflict.id);
  }
}

function visibleState(laptop: Replica): Record<string, unknown> {
  const state: Record<string, unknown> = {};
  for (const [key, record] of laptop.records) state[key] = record.deletedAt ? 'deleted' : record.values;
  return state;
}

/** The conflicts a laptop shows, still to settle. */
function openConflicts(laptop: Replica): string[] {
  return [...laptop.conflicts.values()]
    .filter((conflict) => !conflict.resolved)
    .map((conflict) => conflict.id)
    .sort();
}

/** A side of a conflict still open on every laptop, or one a person settled by choosing: not by typing on. */
function keptInConflict(sim: Simulation, text: string): boolean {
  return sim.laptops.some((laptop) =>
    [...laptop.conflicts.values()].some(
      (conflict) =>
        (!conflict.resolved || sim.settledByPerson.has(conflict.id)) &&
        [conflict.localValue, conflict.remoteValue].some(
          (value) => value === text || (value as { text?: unknown } | null)?.text === text,
        ),
    ),
  );
}

function settleEverything(sim: Simulation): void {
  for (let round = 0; round < 2; round += 1) {
    for (const from of [0, 1, 2]) for (const to of [0, 1, 2]) if (from !== to) exchange(sim, from, to, true);
  }
}

function checkNothingLost(sim: Simulation): void {
  settleEverything(sim);
  const [a, b, c] = sim.laptops.map(visibleState);
  expect(b).toEqual(a);
  expect(c).toEqual(a);
  const [openA, openB, openC] = sim.laptops.map(openConflicts);
  expect(openB, 'every laptop shows the same conflicts').toEqual(openA);
  expect(openC, 'every laptop shows the same conflicts').toEqual(openA);
  const finalTexts = new Set([0, 1, 2].map((record) => textOf(sim.laptops[0]!, record)));
  for (const text of sim.typed) {
    const accounted = finalTexts.has(text) || keptInConflict(sim, text) || sim.writtenOver.has(text);
    expect(accounted, `"${text}" was lost without anyone choosing`).toBe(true);
  }
}

const offsets = (spread: number) =>
  fc.array(fc.integer({ min: 0, max: spread }), { minLength: 3, maxLength: 3 });

describe('three laptops with random edits, random exchange orders and clocks apart', () => {
  it('never lose an edit silently with clocks up to a day apart', () => {
    fc.assert(
      fc.property(offsets(day), fc.array(operation, { minLength: 1, maxLength: 60 }), (skews, operations) => {
        const sim = start(skews);
        for (const op of operations) run(sim, op);
        checkNothingLost(sim);
      }),
      { numRuns: 400 },
    );
  });

  it('never lose an edit silently with one laptop ten days fast', () => {
    fc.assert(
      fc.property(device, fc.array(operation, { minLength: 1, maxLength: 60 }), (fast, operations) => {
        const sim = start([0, 1, 2].map((laptop) => (laptop === fast ? 10 * day : 0)));
        for (const op of operations) run(sim, op);
        checkNothingLost(sim);
      }),
      { numRuns: 300 },
    );
  });
});
