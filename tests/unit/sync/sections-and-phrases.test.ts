import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/db/database';
import { addAgendaItem, saveAgendaItem } from '../../../renderer/db/repositories/agenda';
import { createCommittee } from '../../../renderer/db/repositories/committees';
import { createMeeting } from '../../../renderer/db/repositories/meetings';
import { savePhrase } from '../../../renderer/db/repositories/phrases';
import { exportFile } from '../../../renderer/sync/export';
import { joinParts } from '../../../renderer/sync/format/file-parts';
import { importFile } from '../../../renderer/sync/import';
import { newLaptop } from './support/laptops';

beforeEach(newLaptop);

describe('an unnumbered section and a resolution phrase taken to another laptop', () => {
  it('keep the section unnumbered and the phrase a resolution with its verb', async () => {
    const committee = await createCommittee({ name: 'Cabinet', type: 'committee', standingItems: [] });
    const meeting = await createMeeting(committee.id, { date: '2025-03-12' });
    const presentation = await addAgendaItem(meeting.id, { title: 'Presentations' });
    await saveAgendaItem(presentation.id, { unnumbered: true });
    await savePhrase({
      label: 'Deferred',
      kind: 'resolution',
      verb: 'agreed',
      text: 'That it be deferred.',
      order: 7,
    });
    const file = await exportFile({ scope: { kind: 'everything' } });

    await newLaptop();
    await importFile(joinParts(file));
    expect((await db.agendaItems.get(presentation.id))?.unnumbered).toBe(true);
    expect((await db.phrases.where('order').equals(7).first()) ?? {}).toMatchObject({
      kind: 'resolution',
      verb: 'agreed',
      text: 'That it be deferred.',
    });
  });
});
