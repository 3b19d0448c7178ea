import { db } from '../database';
import type { PlannedDecision } from '../../domain/model';

/** The key decisions the clerk put on the forward plan ahead of any agenda, expected after `after`. */
export function listPlannedDecisions(after: string): Promise<PlannedDecision[]> {
  return db.plannedDecisions.where('expectedDate').above(after).toArray();
}
