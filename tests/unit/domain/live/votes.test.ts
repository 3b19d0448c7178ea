import { describe, expect, it } from 'vitest';
import { voteOutcome, voteProblems, votingRoll } from '../../../../renderer/domain/votes';
import { declaration, line } from './fixtures';

const attendance = [
  line('chair'),
  line('b'),
  line('c'),
  line('d', { status: 'apologies' }),
  line('e', { leftAt: '19:00' }),
  line('f'),
];

describe('who may vote', () => {
  it('leaves out members not in the room and members with a DPI in the item', () => {
    const roll = votingRoll({
      attendance,
      declarations: [declaration('f')],
      agendaItemId: 'item5',
      allowsRemoteAttendance: false,
    });
    expect(roll.eligible).toEqual(['chair', 'b', 'c']);
    expect(roll.excluded).toEqual([
      { personId: 'd', reason: 'notPresent' },
      { personId: 'e', reason: 'notPresent' },
      { personId: 'f', reason: 'dpi' },
    ]);
  });

  it('lets a member with a DPI vote when a dispensation is recorded, and only on that item', () => {
    const dispensed = votingRoll({
      attendance,
      declarations: [declaration('f', { conduct: 'dispensation' })],
      agendaItemId: 'item5',
      allowsRemoteAttendance: false,
    });
    expect(dispensed.eligible).toContain('f');
    const otherItem = votingRoll({
      attendance,
      declarations: [declaration('f')],
      agendaItemId: 'item6',
      allowsRemoteAttendance: false,
    });
    expect(otherItem.eligible).toContain('f');
  });

  it('does not exclude for an interest that is not a DPI', () => {
    const roll = votingRoll({
      attendance,
      declarations: [declaration('f', { kind: 'otherRegistrable', conduct: 'remained' })],
      agendaItemId: 'item5',
      allowsRemoteAttendance: false,
    });
    expect(roll.eligible).toContain('f');
  });
});

describe('checking a vote', () => {
  const roll = votingRoll({
    attendance,
    declarations: [declaration('f')],
    agendaItemId: 'item5',
    allowsRemoteAttendance: false,
  });

  it('refuses more votes than members who can vote', () => {
    expect(voteProblems({ kind: 'counts', for: 3, against: 1, abstentions: 0 }, roll, undefined)).toEqual([
      '4 votes are counted but only 3 members can vote on this item now.',
    ]);
  });

  it('refuses a recorded vote naming an absent member or one with a DPI', () => {
    const problems = voteProblems(
      {
        kind: 'recorded',
        choices: [
          { personId: 'b', choice: 'for' },
          { personId: 'd', choice: 'for' },
          { personId: 'f', choice: 'against' },
        ],
      },
      roll,
      undefined,
      (id) => `Cllr ${id.toUpperCase()}`,
    );
    expect(problems).toEqual([
      'Cllr D cannot be counted: not in the meeting now.',
      'Cllr F cannot be counted: a disclosable pecuniary interest in this item, and no dispensation.',
    ]);
  });

  it('allows a casting vote only on equal votes', () => {
    expect(voteProblems({ kind: 'counts', for: 2, against: 1, abstentions: 0 }, roll, 'for')).toEqual([
      'The Chair has a casting vote only when the votes for and against are equal.',
    ]);
    expect(voteProblems({ kind: 'counts', for: 1, against: 1, abstentions: 1 }, roll, 'for')).toEqual([]);
  });
});

describe('the result', () => {
  it('is carried on a majority and lost otherwise', () => {
    expect(voteOutcome({ kind: 'counts', for: 6, against: 2, abstentions: 1 }).result).toBe('carried');
    expect(voteOutcome({ kind: 'counts', for: 2, against: 6, abstentions: 1 }).result).toBe('lost');
  });

  it('goes the way of the Chair’s casting vote when votes are equal, and is lost without one', () => {
    const tied = { kind: 'counts', for: 4, against: 4, abstentions: 0 } as const;
    expect(voteOutcome(tied, 'for')).toMatchObject({ result: 'carried', tied: true });
    expect(voteOutcome(tied, 'against').result).toBe('lost');
    expect(voteOutcome(tied)).toMatchObject({ result: 'lost', tied: true });
  });

  it('counts a recorded vote by name', () => {
    const outcome = voteOutcome({
      kind: 'recorded',
      choices: [
        { personId: 'a', choice: 'for' },
        { personId: 'b', choice: 'for' },
        { personId: 'c', choice: 'abstain' },
      ],
    });
    expect(outcome).toEqual({
      result: 'carried',
      tied: false,
      tally: { for: 2, against: 0, abstentions: 1 },
    });
  });
});
