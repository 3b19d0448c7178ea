import { describe, expect, it } from 'vitest';
import { buildMinutes } from '../../../../renderer/documents/minutes/build-minutes';
import { sampleMeetingRecord } from '../../../../renderer/documents/sample/sample-meeting';
import type { Minute, Proceeding } from '../../../../renderer/domain/model';
import { docxParts, paragraphTexts } from '../support/docx-xml';

const minuteOf = (record: ReturnType<typeof sampleMeetingRecord>, id: string): Minute => {
  const minute = record.minutes.find((candidate) => candidate.id === id);
  if (!minute) throw new Error(`no minute ${id}`);
  return minute;
};

async function bodyOf(
  record: ReturnType<typeof sampleMeetingRecord>,
  part: 'A' | 'B' = 'A',
): Promise<string[]> {
  return paragraphTexts((await docxParts(buildMinutes(record, { part })))['word/document.xml'] ?? '');
}

describe('the minutes print each minute in the order things happened', () => {
  it('prints an amendment and its vote before the vote on the substantive motion, "as amended"', async () => {
    const record = sampleMeetingRecord();
    const [motion, amendment] = record.motions;
    if (!motion || !amendment) throw new Error('sample motions missing');
    amendment.result = 'carried';
    motion.textAsAmended =
      'That the Board recommend the revised hours, with Stonegate open until 8.00 pm on Thursdays.';
    const steps: Proceeding[] = [
      { id: 's1', kind: 'moved', motionId: motion.id },
      { id: 's2', kind: 'moved', motionId: amendment.id },
      { id: 's3', kind: 'putToVote', motionId: amendment.id },
      { id: 's4', kind: 'putToVote', motionId: motion.id },
    ];
    minuteOf(record, motion.minuteId).proceedings = steps;
    const body = await bodyOf(record);
    const at = (start: string) => body.findIndex((text) => text.startsWith(start));
    const order = [
      at('It was moved by'),
      at('An amendment was moved by'),
      at('A recorded vote was taken:'),
      at('The amendment was CARRIED.'),
      at(
        'The substantive motion, as amended, was put to the vote: That the Board recommend the revised hours, with Stonegate',
      ),
      at('For: 6, Against: 2, Abstentions: 1'),
      at('The substantive motion, as amended, was CARRIED.'),
    ];
    expect(order.every((index) => index >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('puts a Part B minute in the public minutes when the motion to exclude the public was lost', async () => {
    const record = sampleMeetingRecord();
    record.motions.push({
      id: 'mo-exclude',
      meetingId: record.meeting.id,
      minuteId: 'min-i-exclusion',
      text: 'That the press and public be excluded for item 9.',
      order: 0,
      exclusion: { paragraph: 3, publicInterestReason: 'the bids are live', agendaItemIds: ['i-leisure'] },
      vote: { kind: 'declared', result: 'lost' },
      result: 'lost',
    });
    const publicMinutes = await bodyOf(record);
    expect(publicMinutes).toContain('On being put to the vote the motion was clearly LOST.');
    expect(publicMinutes).toContain(
      'The press and public were not excluded: item 9 was considered in public.',
    );
    expect(publicMinutes.some((text) => text.endsWith('Leisure Centre Contract Renewal'))).toBe(true);
    expect(publicMinutes).toContain(
      'This item was considered with the press and public present. Its papers remain exempt under paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972.',
    );
    expect((await bodyOf(record, 'B')).some((text) => text.endsWith('Leisure Centre Contract Renewal'))).toBe(
      false,
    );
  });
});
