import { Dexie } from 'dexie';
import { db } from '../database';
import type { Meeting } from '../../domain/model';

/**
 * A committee's meetings in date order, straight from the [committeeId+date] index: no other committee's
 * meetings are read and nothing is sorted in memory.
 */
export function listCommitteeMeetings(committeeId: string): Promise<Meeting[]> {
  return db.meetings
    .where('[committeeId+date]')
    .between([committeeId, Dexie.minKey], [committeeId, Dexie.maxKey])
    .toArray();
}
