import { beforeAll, describe, expect, it } from 'vitest';
import { packDocument } from '../../renderer/documents/common/pack';
import { buildMinutes } from '../../renderer/documents/minutes/build-minutes';
import { sampleMeetingRecord } from '../../renderer/documents/sample/sample-meeting';
import type { MeetingRecord } from '../../renderer/domain/meeting-record';
import { renderDocx, type RenderedDocument } from './support/libreoffice';

/**
 * The sample meeting (minutes 201 to 210, Councillor Helen Okafor in the Chair) where the Chair leaves after
 * minute 205 and the Vice-Chair, Councillor Marcus Brennan, takes the Chair at the start of minute 206.
 */
function changeOfChair(): MeetingRecord {
  const record = sampleMeetingRecord();
  return {
    ...record,
    minutes: record.minutes.map((minute) =>
      minute.takenOrder === 6
        ? {
            ...minute,
            proceedings: [
              { id: 'chair', kind: 'chairChange', personId: 'p-brennan' },
              ...(minute.proceedings ?? []),
            ],
          }
        : minute,
    ),
  };
}

/**
 * The same meeting where the Vice-Chair takes the Chair at the start of the libraries minute and the motion on
 * opening hours ties: the casting vote is his, as the one presiding at that vote.
 */
function castingVoteAfterChange(): MeetingRecord {
  const record = sampleMeetingRecord();
  return {
    ...record,
    minutes: record.minutes.map((minute) =>
      minute.id === 'min-i-libraries'
        ? {
            ...minute,
            proceedings: [
              { id: 'chair', kind: 'chairChange', personId: 'p-brennan' },
              { id: 's1', kind: 'moved', motionId: 'mo-hours' },
              { id: 's2', kind: 'moved', motionId: 'mo-hours-amendment' },
              { id: 's3', kind: 'putToVote', motionId: 'mo-hours-amendment' },
              { id: 's4', kind: 'putToVote', motionId: 'mo-hours' },
            ],
          }
        : minute,
    ),
    motions: record.motions.map((motion) =>
      motion.id === 'mo-hours'
        ? { ...motion, vote: { kind: 'counts', for: 4, against: 4, abstentions: 1 }, castingVote: 'for' }
        : motion,
    ),
  };
}

describe('a change of chair, as LibreOffice prints the minutes', () => {
  let changed: RenderedDocument;
  let unchanged: RenderedDocument;
  let casting: RenderedDocument;
  beforeAll(async () => {
    changed = await renderDocx(await packDocument(buildMinutes(changeOfChair())), 'chair-change.docx');
    casting = await renderDocx(
      await packDocument(buildMinutes(castingVoteAfterChange())),
      'chair-casting.docx',
    );
    unchanged = await renderDocx(await packDocument(buildMinutes(sampleMeetingRecord())), 'chair-same.docx');
  });

  it('names who was in the Chair at the start and who presided over which minutes after', () => {
    expect(changed.flatText).toContain('Councillor Helen Okafor in the Chair');
    expect(changed.flatText).toContain('(Councillor Marcus Brennan in the Chair for minutes 206 to 210)');
    expect(changed.flatText).toContain(
      'Councillor Marcus Brennan took the Chair and presided from this point.',
    );
  });

  it('prints no such line for a meeting with one chair throughout', () => {
    expect(unchanged.flatText).not.toContain('in the Chair');
  });

  it('gives the casting vote on a tie to the member presiding at that vote, and says so', () => {
    const libraries = castingVoteAfterChange().minutes.find((minute) => minute.id === 'min-i-libraries');
    expect(casting.flatText).toContain(
      `(Councillor Marcus Brennan in the Chair for minutes ${libraries?.number ?? '?'} to 210)`,
    );
    expect(casting.flatText).toContain(
      'There being an equality of votes, the Chair, Councillor Marcus Brennan, used their casting vote for the motion.',
    );
    expect(changed.flatText).not.toContain('casting vote');
  });
});
