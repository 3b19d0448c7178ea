import { describe, expect, it } from 'vitest';
import {
  castingVoteHolder,
  chairLines,
  chairSpells,
  presidingAt,
  type ChairInput,
} from '../../../renderer/domain/chair-spells';
import type { Proceeding } from '../../../renderer/domain/model';

const minute = (id: string, takenOrder: number, proceedings: Proceeding[] = []) => ({
  id,
  takenOrder,
  proceedings,
});
const change = (id: string, personId: string): Proceeding => ({ id, kind: 'chairChange', personId });
const vote = (id: string, motionId: string): Proceeding => ({ id, kind: 'putToVote', motionId });
const moved = (id: string, motionId: string): Proceeding => ({ id, kind: 'moved', motionId });

/** Ada presides; during minute 2, after its first vote, Ben takes the Chair and keeps it to the end. */
const meeting: ChairInput = {
  openingChairId: 'ada',
  minutes: [
    minute('m3', 3, [moved('s5', 'c'), vote('s6', 'c')]),
    minute('m1', 1, [moved('s1', 'a'), vote('s2', 'a')]),
    minute('m2', 2, [
      moved('s3', 'b1'),
      vote('s4', 'b1'),
      change('s4a', 'ben'),
      moved('s4b', 'b2'),
      vote('s4c', 'b2'),
    ]),
  ],
};
const names: Record<string, string> = {
  ada: 'Councillor Ada Brown',
  ben: 'Councillor Ben Cole',
  cy: 'Councillor Cy Dunn',
};
const numbers: Record<string, string> = { m1: '0654/13', m2: '0655/13', m3: '0656/13', p: '' };

describe('who is in the Chair', () => {
  it('is whoever presided at the start until a change of chair, then the new chair for the minutes after', () => {
    expect(presidingAt(meeting, 'm1', 0)).toBe('ada');
    expect(presidingAt(meeting, 'm2', 2)).toBe('ada');
    expect(presidingAt(meeting, 'm2', 3)).toBe('ben');
    expect(presidingAt(meeting, 'm3', 0)).toBe('ben');
  });

  it('gives the casting vote on a tie to the member presiding when the motion was put to the vote', () => {
    expect(castingVoteHolder(meeting, 'm2', 'b1')).toBe('ada');
    expect(castingVoteHolder(meeting, 'm2', 'b2')).toBe('ben');
    expect(castingVoteHolder(meeting, 'm3', 'c')).toBe('ben');
    expect(castingVoteHolder(meeting, 'm1', 'a')).toBe('ada');
  });

  it('prints who was in the Chair at the start, and each later chair with the minutes they presided over', () => {
    expect(chairSpells(meeting)).toEqual([
      { personId: 'ada', minuteIds: ['m1', 'm2'] },
      { personId: 'ben', minuteIds: ['m2', 'm3'] },
    ]);
    expect(
      chairLines(
        meeting,
        (id) => names[id] ?? id,
        (id) => numbers[id] ?? '',
      ),
    ).toEqual([
      'Councillor Ada Brown in the Chair',
      '(Councillor Ben Cole in the Chair for minutes 0655/13 to 0656/13)',
    ]);
  });

  it('hands a minute wholly to a chair who took over before anything in it, and names one minute alone', () => {
    const handed: ChairInput = {
      openingChairId: 'ada',
      minutes: [
        minute('m1', 1),
        minute('m2', 2, [change('s1', 'cy'), moved('s2', 'x')]),
        minute('m3', 3, [change('s3', 'ada')]),
      ],
    };
    expect(
      chairLines(
        handed,
        (id) => names[id] ?? id,
        (id) => numbers[id] ?? '',
      ),
    ).toEqual([
      'Councillor Ada Brown in the Chair',
      '(Councillor Cy Dunn in the Chair for minute 0655/13)',
      '(Councillor Ada Brown in the Chair for minute 0656/13)',
    ]);
  });

  it('says nothing of a chair no one recorded, and leaves an unnumbered section out of the range', () => {
    expect(chairLines({ openingChairId: undefined, minutes: [minute('m1', 1)] }, String, String)).toEqual([]);
    const withPresentation: ChairInput = {
      openingChairId: 'ada',
      minutes: [minute('m1', 1, [change('s1', 'ben')]), minute('p', 2), minute('m3', 3)],
    };
    expect(
      chairLines(
        withPresentation,
        (id) => names[id] ?? id,
        (id) => numbers[id] ?? '',
      ),
    ).toEqual([
      'Councillor Ada Brown in the Chair',
      '(Councillor Ben Cole in the Chair for minutes 0654/13 to 0656/13)',
    ]);
  });
});
