import { describe, expect, it } from 'vitest';
import {
  clockAheadBy,
  moveClockPast,
  parseStamp,
  receive,
  startClock,
} from '../../../renderer/domain/hybrid-clock';
import {
  createReplica,
  editRecord,
  exportChanges,
  importChanges,
  knowledgeOf,
  settleConflict,
  type Replica,
} from '../../../renderer/sync/merge/replica';

/**
 * Issue #26, "sync's promises", with laptops held in memory (merge/replica.ts, the database path's rules).
 * A conflict shows on both laptops, stays until a person chooses, and an edit made on a laptop whose clock is
 * behind another's by days is kept as a conflict instead of vanishing.
 */
const day = 24 * 60 * 60 * 1000;
const now = 1_765_000_000_000;

function send(from: Replica, to: Replica, at: number, since: ReturnType<typeof knowledgeOf> | null = null) {
  return importChanges(to, exportChanges(from, since), at);
}

function minuteText(laptop: Replica): unknown {
  return laptop.records.get('minutes/m1')?.values?.text;
}

function conflictsOn(laptop: Replica) {
  return [...laptop.conflicts.values()].map((conflict) => ({
    id: conflict.id,
    versions: [conflict.localValue, conflict.remoteValue].sort(),
    resolved: conflict.resolved,
  }));
}

/** Office and chamber each rewrite the same minute before their next exchange. */
function rewrittenOnBoth(): { office: Replica; chamber: Replica } {
  const office = createReplica('office');
  const chamber = createReplica('chamber');
  editRecord(office, 'minutes', 'm1', { text: 'Members asked about the budget.' }, now);
  send(office, chamber, now);
  editRecord(
    office,
    'minutes',
    'm1',
    { text: 'The Board endorsed the Charter, subject to consultation.' },
    now + 1000,
  );
  editRecord(
    chamber,
    'minutes',
    'm1',
    { text: 'The Board endorsed the Charter and thanked officers.' },
    now + 2000,
  );
  return { office, chamber };
}

describe('a conflict', () => {
  it('shows on the laptop whose version won too, once the other laptop’s file comes back', () => {
    const { office, chamber } = rewrittenOnBoth();
    const since = knowledgeOf(office);
    send(chamber, office, now + 3000); // the chamber's words win (later stamp); the office finds the conflict
    expect(conflictsOn(office)).toHaveLength(1);
    send(office, chamber, now + 4000, since);
    expect(conflictsOn(chamber)).toEqual(conflictsOn(office));
    expect(conflictsOn(chamber)[0]?.versions).toEqual([
      'The Board endorsed the Charter and thanked officers.',
      'The Board endorsed the Charter, subject to consultation.',
    ]);
  });

  it('stays open when a clerk types on past it, with both versions kept everywhere', () => {
    const { office, chamber } = rewrittenOnBoth();
    send(chamber, office, now + 3000);
    editRecord(office, 'minutes', 'm1', { text: 'The Board endorsed the Charter.' }, now + 5000);
    send(office, chamber, now + 6000);
    send(chamber, office, now + 7000);
    for (const laptop of [office, chamber]) {
      expect(minuteText(laptop)).toBe('The Board endorsed the Charter.');
      expect(conflictsOn(laptop)).toEqual([
        expect.objectContaining({
          resolved: false,
          versions: [
            'The Board endorsed the Charter and thanked officers.',
            'The Board endorsed the Charter, subject to consultation.',
          ],
        }),
      ]);
    }
  });

  it('is settled by a person’s choice, and the choice travels settled in the file', () => {
    const { office, chamber } = rewrittenOnBoth();
    send(chamber, office, now + 3000);
    send(office, chamber, now + 4000);
    const [conflict] = [...chamber.conflicts.values()];
    settleConflict(chamber, conflict!.id, 'remote', now + 5000);
    send(chamber, office, now + 6000);
    for (const laptop of [office, chamber]) {
      expect(minuteText(laptop)).toBe('The Board endorsed the Charter, subject to consultation.');
      expect(conflictsOn(laptop)).toEqual([expect.objectContaining({ resolved: true })]);
    }
  });
});

describe('a laptop whose clock is ten days fast', () => {
  it('does not make a later edit elsewhere vanish: it is a conflict on both laptops, and they agree', () => {
    const fast = createReplica('fast');
    const office = createReplica('office');
    editRecord(fast, 'minutes', 'm1', { text: 'Draft from the fast laptop.' }, now + 10 * day);
    send(fast, office, now);
    editRecord(office, 'minutes', 'm1', { text: 'Corrected the next morning.' }, now + 60_000);
    send(office, fast, now + 10 * day + 120_000);
    send(fast, office, now + 180_000);
    for (const laptop of [fast, office]) {
      expect(conflictsOn(laptop)).toEqual([
        expect.objectContaining({
          resolved: false,
          versions: ['Corrected the next morning.', 'Draft from the fast laptop.'],
        }),
      ]);
    }
    expect(minuteText(office)).toEqual(minuteText(fast));
  });

  it('keeping the later edit makes it win everywhere, though its laptop’s clock is behind', () => {
    const fast = createReplica('fast');
    const office = createReplica('office');
    editRecord(fast, 'minutes', 'm1', { text: 'Draft from the fast laptop.' }, now + 10 * day);
    send(fast, office, now);
    editRecord(office, 'minutes', 'm1', { text: 'Corrected the next morning.' }, now + 60_000);
    send(office, fast, now + 10 * day + 120_000);
    send(fast, office, now + 180_000);
    const [conflict] = [...office.conflicts.values()];
    const keep = conflict?.localValue === 'Corrected the next morning.' ? 'local' : 'remote';
    settleConflict(office, conflict!.id, keep, now + 240_000);
    send(office, fast, now + 10 * day + 300_000);
    expect(minuteText(fast)).toBe('Corrected the next morning.');
    expect(minuteText(office)).toBe('Corrected the next morning.');
  });
});

describe('the hybrid clock and a stamp days ahead', () => {
  it('refuses to be pulled forward, and says how far ahead the stamp is', () => {
    const ahead = `${String(now + 10 * day).padStart(15, '0')}-00000-fast`;
    expect(receive(startClock('office'), ahead, now).millis).toBeLessThanOrEqual(now);
    expect(Math.round(clockAheadBy(ahead, now) / day)).toBe(10);
    expect(clockAheadBy(`${String(now + 60_000).padStart(15, '0')}-00000-near`, now)).toBe(0);
  });

  it('moves past it only for a person’s choice', () => {
    const ahead = `${String(now + 10 * day).padStart(15, '0')}-00003-fast`;
    const moved = moveClockPast({ millis: now, counter: 0, deviceId: 'office' }, ahead);
    expect(moved).toEqual({ millis: now + 10 * day, counter: 4, deviceId: 'office' });
    expect(parseStamp(ahead).counter).toBe(3);
  });
});
