import { db } from '../database';
import type { IndividualDecision } from '../../domain/model';

/** Every decision taken by one person, the latest first (the day taken, then the title). */
export async function listIndividualDecisions(): Promise<IndividualDecision[]> {
  const decisions = await db.individualDecisions.orderBy('decidedOn').reverse().toArray();
  return decisions.sort(
    (a, b) => b.decidedOn.localeCompare(a.decidedOn) || a.title.localeCompare(b.title, 'en-GB'),
  );
}
