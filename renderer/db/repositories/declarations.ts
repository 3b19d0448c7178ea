import { db } from '../database';
import { deleteRecord, putRecord, updateRecord } from '../gate';
import type { Declaration } from '../../domain/model';
import { nextDeclaredOrder } from '../../domain/declaration-order';
import { refuseUnlessCorrecting, type SignedCorrection } from './signed-minutes';
import { newId, writeTransaction } from './transaction';

export type NewDeclaration = Omit<Declaration, 'id' | 'meetingId' | 'declaredOrder'>;

/** Minute a member's declaration of interest in an item: who, which item, what kind, its nature, what they did. */
export async function recordDeclaration(
  meetingId: string,
  fields: NewDeclaration,
  correction?: SignedCorrection,
): Promise<Declaration> {
  if (!fields.personId) throw new Error('Choose the member who declared the interest.');
  if (!fields.agendaItemId) throw new Error('Choose the item the interest is in.');
  return writeTransaction([db.meetings, db.agendaItems, db.people, db.declarations], async () => {
    const item = await db.agendaItems.get(fields.agendaItemId);
    if (!item || item.meetingId !== meetingId) throw new Error('That item is not on this meeting’s agenda.');
    await refuseUnlessCorrecting(meetingId, correction);
    if (!(await db.people.get(fields.personId))) throw new Error('That member is no longer on record.');
    // Minuted in the order declared: the minutes print them in this order, whatever order they are stored in.
    const earlier = await db.declarations.where('meetingId').equals(meetingId).toArray();
    const declaration: Declaration = {
      id: newId(),
      meetingId,
      ...fields,
      nature: fields.nature.trim(),
      declaredOrder: nextDeclaredOrder(earlier),
    };
    await putRecord(db, 'declarations', declaration);
    return declaration;
  });
}

export async function updateDeclaration(
  id: string,
  changes: Partial<Omit<Declaration, 'id' | 'meetingId' | 'declaredOrder'>>,
  correction?: SignedCorrection,
): Promise<void> {
  await writeTransaction([db.meetings, db.declarations], async () => {
    await refuseUnlessCorrecting((await db.declarations.get(id))?.meetingId, correction);
    await updateRecord<Declaration>(db, 'declarations', id, changes);
  });
}

export async function removeDeclaration(id: string, correction?: SignedCorrection): Promise<void> {
  await writeTransaction([db.meetings, db.declarations], async () => {
    await refuseUnlessCorrecting((await db.declarations.get(id))?.meetingId, correction);
    await deleteRecord(db, 'declarations', id);
  });
}
