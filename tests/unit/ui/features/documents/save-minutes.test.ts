import { beforeEach, describe, expect, it, vi } from 'vitest';
import { addAgendaItem } from '../../../../../renderer/db/repositories/agenda';
import { createCommittee } from '../../../../../renderer/db/repositories/committees';
import { createMeeting } from '../../../../../renderer/db/repositories/meetings';
import { takeItem } from '../../../../../renderer/db/repositories/minutes';
import { saveTypedMinuteHere } from '../../../../../renderer/db/repositories/typed-minute';
import type { RichText } from '../../../../../renderer/domain/model';
import { WriteThrough } from '../../../../../renderer/ui/common/write-through';
import { storedKey } from '../../../../../renderer/ui/features/live-meeting/stored-keys';
import { docxParts, paragraphTexts } from '../../../documents/support/docx-xml';
import { freshDatabase } from '../../../db/reset';

const saved: { name: string; bytes: Uint8Array }[] = [];
vi.mock('../../../../../renderer/ui/features/documents/save-word-file', () => ({
  saveWordFile: async (name: string, bytes: Uint8Array) => {
    saved.push({ name, bytes });
    return `/home/clerk/${name}`;
  },
}));

const { minutesSteps, saveMinutesDocument } =
  await import('../../../../../renderer/ui/features/documents/meeting-documents');

const typed = (words: string): RichText => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text: words }] }],
});

async function takenMinute() {
  const committee = await createCommittee({ name: 'Wrenmoor Board', type: 'board', standingItems: [] });
  const meeting = await createMeeting(committee.id, { date: '2026-03-13' });
  const item = await addAgendaItem(meeting.id, { title: 'Budget monitoring' });
  return takeItem(meeting.id, item.id);
}

const savedText = async () =>
  paragraphTexts((await docxParts(saved.at(-1)?.bytes ?? new Uint8Array()))['word/document.xml'] ?? '').join(
    '\n',
  );

beforeEach(async () => {
  saved.length = 0;
  performance.clearMeasures();
  await freshDatabase();
});

describe('Save the minutes', () => {
  it('waits for the words typed just before the press to be stored, so the minutes built from the database have them', async () => {
    const minute = await takenMinute();
    // The last key's write still on its way (to the typing worker, in the app) when the clerk presses the button.
    let arrive = () => undefined as void;
    const onItsWay = new Promise<void>((resolve) => (arrive = resolve));
    const writer = new WriteThrough<RichText>(
      async (text) => {
        await onItsWay;
        await saveTypedMinuteHere(minute.id, text);
      },
      undefined,
      undefined,
      storedKey.minute(minute.id),
    );
    writer.change(typed('RESOLVED: that the forecast underspend be noted.'));

    const saving = saveMinutesDocument(minute.meetingId, 'A');
    setTimeout(arrive, 50);
    expect(await saving).toBe('/home/clerk/Wrenmoor Board minutes 2026-03-13.docx');
    expect(await savedText()).toContain('RESOLVED: that the forecast underspend be noted.');
  });

  it('names where the press’s time went: the typed keys, the worker’s read and build, the messages, the hand-over', async () => {
    const minute = await takenMinute();
    await saveMinutesDocument(minute.meetingId, 'A');
    const named = performance.getEntriesByType('measure').map((entry) => entry.name);
    expect(named).toEqual([
      minutesSteps.typed,
      minutesSteps.read,
      minutesSteps.build,
      minutesSteps.messages,
      minutesSteps.save,
    ]);
  });
});
