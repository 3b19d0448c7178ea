import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/db/database';
import { addAgendaItem } from '../../../renderer/db/repositories/agenda';
import { openRollCall, updateAttendance } from '../../../renderer/db/repositories/attendance';
import { createCommittee } from '../../../renderer/db/repositories/committees';
import { recordDeclaration } from '../../../renderer/db/repositories/declarations';
import { createMeeting } from '../../../renderer/db/repositories/meetings';
import { inOrderDeclared } from '../../../renderer/domain/declaration-order';
import { freshDatabase } from './reset';

beforeEach(freshDatabase);

describe('recording declarations of interest', () => {
  it('keeps the order declared, and records one made in advance by a member who sent apologies', async () => {
    const committee = await createCommittee({ name: 'Board', type: 'board', quorum: 2, standingItems: [] }, [
      { role: 'chair', person: { title: 'Councillor', name: 'Ann Chair' } },
      { role: 'member', person: { title: 'Councillor', name: 'Ben Member' } },
      { role: 'member', person: { title: 'Councillor', name: 'Cal Member' } },
    ]);
    const meeting = await createMeeting(committee.id, { date: '2012-12-06' });
    const item = await addAgendaItem(meeting.id, { title: 'Leisure Centre contract' });
    await openRollCall(meeting.id);
    const [chair, ben, cal] = await db.attendance.where('meetingId').equals(meeting.id).sortBy('order');
    await updateAttendance(cal!.id, { status: 'apologies' });
    const declare = (personId: string) =>
      recordDeclaration(meeting.id, {
        agendaItemId: item.id,
        personId,
        kind: 'otherRegistrable',
        nature: '',
        conduct: 'leftRoom',
      });
    await declare(cal!.personId!);
    await declare(chair!.personId!);
    await declare(ben!.personId!);
    const stored = await db.declarations.where('meetingId').equals(meeting.id).toArray();
    expect(
      inOrderDeclared(stored).map((declaration) => [declaration.personId, declaration.declaredOrder]),
    ).toEqual([
      [cal!.personId, 1],
      [chair!.personId, 2],
      [ben!.personId, 3],
    ]);
  });
});
