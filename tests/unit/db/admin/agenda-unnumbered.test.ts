import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../../renderer/db/database';
import { addAgendaItem, saveAgendaItem } from '../../../../renderer/db/repositories/agenda';
import { createCommittee } from '../../../../renderer/db/repositories/committees';
import { createMeeting } from '../../../../renderer/db/repositories/meetings';
import { takeItem } from '../../../../renderer/db/repositories/minutes';
import { numberAgenda } from '../../../../renderer/domain/agenda-numbering';
import { freshDatabase } from '../reset';

beforeEach(freshDatabase);

async function agendaLines(meetingId: string): Promise<string[]> {
  const items = await db.agendaItems.where('meetingId').equals(meetingId).toArray();
  return numberAgenda(items).map(({ item, number }) => `${number || '-'} ${item.title}`);
}

describe('an unnumbered section saved from the item’s details', () => {
  it('takes no agenda number or minute number, and the items after it carry on', async () => {
    const committee = await createCommittee({ name: 'Cabinet', type: 'committee' });
    const meeting = await createMeeting(committee.id, { date: '2025-03-12' });
    const presentation = await addAgendaItem(meeting.id, { title: 'Presentation: Food Bank' });
    const budget = await addAgendaItem(meeting.id, { title: 'Budget Monitoring' });
    await saveAgendaItem(presentation.id, { unnumbered: true });

    const lines = await agendaLines(meeting.id);
    const at = lines.indexOf('- Presentation: Food Bank');
    expect(at).toBeGreaterThan(0);
    expect(lines[at - 1]).toMatch(/^\d+ /);
    expect(Number(lines[at + 1]?.split(' ')[0])).toBe(Number(lines[at - 1]?.split(' ')[0]) + 1);

    const first = await takeItem(meeting.id, presentation.id);
    const second = await takeItem(meeting.id, budget.id);
    expect(first.number).toBe('');
    expect(second.number).toBe('1');
  });

  it('refuses to change a minuted item’s numbering, saying why, and keeps the item as it was', async () => {
    const committee = await createCommittee({ name: 'Cabinet', type: 'committee' });
    const meeting = await createMeeting(committee.id, { date: '2025-03-12' });
    const presentation = await addAgendaItem(meeting.id, { title: 'Presentation: Food Bank' });
    await takeItem(meeting.id, presentation.id);
    await expect(
      saveAgendaItem(presentation.id, { unnumbered: true, title: 'Presentations' }),
    ).rejects.toThrow('“Presentation: Food Bank” has been minuted already, as minute 1');
    const stored = await db.agendaItems.get(presentation.id);
    expect(stored?.unnumbered).toBeUndefined();
    expect(stored?.title).toBe('Presentation: Food Bank');
  });
});
