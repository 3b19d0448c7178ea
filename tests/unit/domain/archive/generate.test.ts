import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import {
  countBatch,
  generateArchive,
  landmarks,
  smallArchive,
  type ArchiveBatch,
  type ArchiveCounts,
} from '../../../../renderer/domain/archive';
import { richTextToPlain } from '../../../../renderer/domain/rich-text';

const today = '2025-03-01';

function collect(options = { ...smallArchive, today }): { batches: ArchiveBatch[]; counts: ArchiveCounts } {
  const batches = [...generateArchive(options)];
  let counts: ArchiveCounts | undefined;
  for (const batch of batches) counts = countBatch(batch, counts);
  return { batches, counts: counts as ArchiveCounts };
}

describe('the archive generator', () => {
  it('gives the same archive, ids included, for the same seed', () => {
    const first = collect().batches;
    const second = collect().batches;
    expect(second[1]?.meetings.map((meeting) => meeting.id)).toEqual(first[1]?.meetings.map((m) => m.id));
    expect(second[3]?.minutes.map((minute) => minute.text)).toEqual(first[3]?.minutes.map((m) => m.text));
  });

  it('holds ten meetings a year per committee with fifteen agenda items each', () => {
    const { counts } = collect();
    expect(counts.committees).toBe(2);
    expect(counts.meetings).toBe(2 * 2 * 10);
    expect(counts.agendaItems).toBe(counts.meetings * 15);
    expect(counts.documents).toBe(counts.meetings * 7);
  });

  it('minutes only the meetings held by today, in realistic length, numbered on from meeting to meeting', () => {
    const { batches } = collect();
    const meetings = batches.flatMap((batch) => batch.meetings);
    const minutes = batches.flatMap((batch) => batch.minutes);
    const held = new Set(meetings.filter((meeting) => meeting.date <= today).map((meeting) => meeting.id));
    expect(minutes.every((minute) => held.has(minute.meetingId))).toBe(true);
    expect(meetings.some((meeting) => meeting.date > today && meeting.status !== 'minutesApproved')).toBe(
      true,
    );
    const words = minutes.map((minute) => richTextToPlain(minute.text).split(/\s+/).length);
    expect(Math.max(...words)).toBeGreaterThan(80);
    const firstCommittee = meetings[0]?.committeeId;
    const numbers = minutes
      .filter(
        (minute) =>
          meetings.find((meeting) => meeting.id === minute.meetingId)?.committeeId === firstCommittee,
      )
      .map((minute) => Number(minute.number));
    expect(numbers).toEqual(numbers.map((_, index) => index + 1));
  });

  it('keeps an action log with old actions closed and some recent ones overdue', () => {
    const { batches } = collect();
    const actions = batches.flatMap((batch) => batch.actions);
    expect(actions.length).toBeGreaterThan(60);
    const overdue = actions.filter((action) => action.status === 'open' && (action.due ?? '') < today);
    expect(overdue.length).toBeGreaterThan(0);
    expect(
      actions.filter((action) => action.status === 'done').every((action) => action.outcome.length > 0),
    ).toBe(true);
  });

  it('attaches real .docx reports whose text holds the planted phrase once', () => {
    const { batches } = collect();
    const contents = batches.flatMap((batch) => batch.documentContents);
    const texts = contents.map((content) =>
      strFromU8(unzipSync(content.bytes)['word/document.xml'] as Uint8Array),
    );
    expect(texts.filter((text) => text.includes(landmarks.reportPhrase))).toHaveLength(1);
    const minutes = batches.flatMap((batch) => batch.minutes).map((minute) => richTextToPlain(minute.text));
    expect(minutes.filter((text) => text.includes(landmarks.minutePhrase))).toHaveLength(1);
  });

  it('records attendance for members sitting on the date, with substitutes for some apologies', () => {
    const { batches } = collect();
    const attendance = batches.flatMap((batch) => batch.attendance);
    expect(attendance.some((line) => line.status === 'apologies')).toBe(true);
    expect(attendance.some((line) => line.substituteForPersonId)).toBe(true);
    expect(attendance.filter((line) => line.kind === 'officer').length).toBeGreaterThan(0);
  });
});
