import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../../renderer/db/database';
import { createCommittee, updateCommittee } from '../../../../renderer/db/repositories/committees';
import { SharedLiveQuery } from '../../../../renderer/ui/common/shared-live-query';
import { freshDatabase } from '../../db/reset';

beforeEach(freshDatabase);

/** A live read of the committees' names that counts how often it reads. */
function namesRead(graceMs = 1000) {
  const reads = { count: 0 };
  const query = new SharedLiveQuery(async () => {
    reads.count += 1;
    return (await db.committees.toArray()).map((committee) => committee.name);
  }, graceMs);
  return { query, reads };
}

describe('a live read shared by a route and its screen', () => {
  it('reads once for a route that starts it and a screen that watches it, and gives the screen the answer', async () => {
    await createCommittee({ name: 'Planning', type: 'committee', standingItems: [] });
    const { query, reads } = namesRead();
    query.start();
    // React looks for a value during the render (subscribe, unsubscribe at once), then watches after the commit.
    query.subscribe(() => undefined).unsubscribe();
    const seen: string[][] = [];
    const watching = query.subscribe((names) => seen.push(names));
    await expect.poll(() => seen).toEqual([['Planning']]);
    expect(reads.count).toBe(1);
    expect(query.hasValue()).toBe(true);
    expect(query.getValue()).toEqual(['Planning']);
    watching.unsubscribe();
  });

  it('gives a watcher that comes after the answer that answer at once, and tells every watcher of a change', async () => {
    const committee = await createCommittee({ name: 'Planning', type: 'committee', standingItems: [] });
    const { query } = namesRead();
    const first: string[][] = [];
    const one = query.subscribe((names) => first.push(names));
    await expect.poll(() => first.length).toBe(1);
    const second: string[][] = [];
    const two = query.subscribe((names) => second.push(names));
    expect(second).toEqual([['Planning']]);
    await updateCommittee(committee.id, { name: 'Planning Applications' });
    await expect.poll(() => first.at(-1)).toEqual(['Planning Applications']);
    expect(second.at(-1)).toEqual(['Planning Applications']);
    one.unsubscribe();
    two.unsubscribe();
  });

  it('stops reading a moment after its last watcher leaves, and reads afresh for the next', async () => {
    const committee = await createCommittee({ name: 'Planning', type: 'committee', standingItems: [] });
    const { query, reads } = namesRead(50);
    const seen: string[][] = [];
    query.subscribe((names) => seen.push(names)).unsubscribe();
    const watching = query.subscribe((names) => seen.push(names));
    await expect.poll(() => seen.length).toBe(1);
    watching.unsubscribe();
    await new Promise((resolve) => setTimeout(resolve, 120));
    const readsWhenStopped = reads.count;
    await updateCommittee(committee.id, { name: 'Licensing' });
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(reads.count).toBe(readsWhenStopped);
    const later: string[][] = [];
    const again = query.subscribe((names) => later.push(names));
    await expect.poll(() => later.at(-1)).toEqual(['Licensing']);
    again.unsubscribe();
  });

  it('passes a failed read to its watchers, for the screen to show', async () => {
    const query = new SharedLiveQuery<string>(() => Promise.reject(new Error('The disk is full')));
    const failures: unknown[] = [];
    const watching = query.subscribe(
      () => undefined,
      (error) => failures.push(error),
    );
    await expect.poll(() => failures.length).toBe(1);
    expect(String(failures[0])).toContain('The disk is full');
    watching.unsubscribe();
  });
});
