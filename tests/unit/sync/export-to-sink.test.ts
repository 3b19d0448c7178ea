import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/db/database';
import { putRecord } from '../../../renderer/db/gate';
import { addAgendaItem } from '../../../renderer/db/repositories/agenda';
import { writeTransaction } from '../../../renderer/db/repositories/transaction';
import { exportFileTo } from '../../../renderer/sync/export';
import { readBundle } from '../../../renderer/sync/format/bundle-read';
import { segmentBytes } from '../../../renderer/sync/format/encryption';
import type { FileSink } from '../../../renderer/sync/format/file-parts';
import { importFile } from '../../../renderer/sync/import';
import { newLaptop, visibleRecords, visibleText } from './support/laptops';
import { pdfBytes, seedMeeting } from './support/meeting';

beforeEach(newLaptop);

/** A sink that keeps what it is given and what happened to it, in order. */
function recordingSink() {
  const parts: Uint8Array[] = [];
  const events: string[] = [];
  const sink: FileSink = {
    write: async (part) => {
      parts.push(part);
      events.push('write');
    },
    close: async () => void events.push('close'),
    abandon: async () => void events.push('abandon'),
  };
  const bytes = () => {
    const whole = new Uint8Array(parts.reduce((size, part) => size + part.length, 0));
    let at = 0;
    for (const part of parts) {
      whole.set(part, at);
      at += part.length;
    }
    return whole;
  };
  return { sink, parts, events, bytes };
}

/** Papers enough to make the file many parts long. */
async function attachPapers(meetingId: string, itemId: string, count: number, size: number): Promise<void> {
  for (let n = 0; n < count; n += 1) {
    const bytes = pdfBytes(size, (at) => (at * 7 + n) % 251);
    await writeTransaction([db.documents, db.documentContents], async () => {
      await putRecord(db, 'documents', {
        id: `appendix-${n}`,
        agendaItemId: itemId,
        meetingId,
        name: `Appendix ${n}.pdf`,
        format: 'pdf',
        role: 'appendix',
        sizeBytes: size,
        order: n + 1,
        toFollow: false,
        supplementary: false,
        version: 1,
        sha256: '',
      });
      await putRecord(db, 'documentContents', { id: `appendix-${n}`, bytes });
    });
  }
}

describe('an export written where the clerk chose as it is made', () => {
  it('reaches the sink part by part, is closed once, and carries everything to a new laptop', async () => {
    const { meeting, item } = await seedMeeting();
    for (let n = 1; n <= 30; n += 1) await addAgendaItem(meeting.id, { title: `Item ${n}` });
    await attachPapers(meeting.id, item.id, 12, 64 * 1024);
    const before = await visibleRecords();
    const { sink, parts, events, bytes } = recordingSink();

    const summary = await exportFileTo(sink, { scope: { kind: 'everything' } }, 'none');

    expect(parts.length).toBeGreaterThan(12);
    expect(events.at(-1)).toBe('close');
    expect(events.filter((event) => event !== 'write')).toEqual(['close']);
    const file = bytes();
    expect(summary.size).toBe(file.length);
    expect(summary.encrypted).toBe(false);
    const bundle = await readBundle(file);
    expect(bundle.manifest.recordCounts.documentContents).toBe(13);
    // Each paper is a part of its own, handed on as IndexedDB gave it, not gathered up with the rest.
    expect(parts.filter((part) => part.length === 64 * 1024)).toHaveLength(12);

    await newLaptop();
    await importFile(file);
    expect(await visibleRecords()).toEqual(before);
    expect((await db.documentContents.get('appendix-11'))?.bytes.length).toBe(64 * 1024);
  });

  it('is encrypted as it is made, a megabyte at a time, when the clerk gives a passphrase', async () => {
    const { meeting, item } = await seedMeeting({ partB: true });
    await attachPapers(meeting.id, item.id, 5, 700 * 1024);
    const before = await visibleText();
    const { sink, parts, events, bytes } = recordingSink();
    const summary = await exportFileTo(
      sink,
      { scope: { kind: 'everything' } },
      { passphrase: 'Civic Centre 2013', iterations: 600_000 },
    );
    expect(summary.encrypted).toBe(true);
    expect(events.at(-1)).toBe('close');
    expect(events.filter((event) => event !== 'write')).toEqual(['close']);
    expect(summary.size).toBe(bytes().length);
    // 3.5 MB of papers reach the disk as sealed segments of a megabyte (and their tags), never as one piece.
    expect(parts.filter((part) => part.length === segmentBytes + 16).length).toBeGreaterThanOrEqual(3);
    expect(Math.max(...parts.map((part) => part.length))).toBe(segmentBytes + 16);
    await expect(readBundle(bytes())).rejects.toMatchObject({ code: 'passphrase-needed' });

    await newLaptop();
    await importFile(bytes(), { passphrase: 'Civic Centre 2013' });
    expect(await visibleText()).toBe(before);
  });

  it('is abandoned, never closed, when it holds Part B business and no passphrase was chosen', async () => {
    await seedMeeting({ partB: true });
    const { sink, events } = recordingSink();
    await expect(exportFileTo(sink, { scope: { kind: 'everything' } })).rejects.toMatchObject({
      code: 'encryption-needed',
    });
    expect(events).not.toContain('close');
    expect(events.at(-1)).toBe('abandon');
  });

  it('stops and is abandoned when the disk refuses a part, with the disk’s reason', async () => {
    const { meeting, item } = await seedMeeting();
    await attachPapers(meeting.id, item.id, 4, 64 * 1024);
    const { sink, events } = recordingSink();
    let written = 0;
    const full: FileSink = {
      ...sink,
      write: async (part) => {
        if ((written += 1) === 3) throw new Error('The USB stick is full.');
        await sink.write(part);
      },
    };
    await expect(exportFileTo(full, { scope: { kind: 'everything' } }, 'none')).rejects.toThrow(
      'The USB stick is full.',
    );
    expect(events.filter((event) => event === 'write')).toHaveLength(2);
    expect(events.at(-1)).toBe('abandon');
  });
});
