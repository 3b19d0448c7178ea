import { describe, expect, it } from 'vitest';
import { voteOutcome, voteProblems } from '../../../../renderer/domain/votes';
import { votingRoll } from '../../../../renderer/domain/vote-eligibility';
import { declaration, line } from './fixtures';

const attendance = [
  line('chair'),
  line('b'),
  line('c'),
  line('d', { status: 'apologies' }),
  line('e', { leftAt: '19:00' }),
  line('f'),
];

describe('checking a vote', () => {
  const roll = votingRoll({
    attendance,
    declarations: [declaration('f', { conduct: 'didNotVote' })],
    memberships: [],
    agendaItemId: 'item5',
    allowsRemoteAttendance: false,
  });

  it('refuses more votes than members who can vote, naming who is in the room but may not vote, and why', () => {
    expect(
      voteProblems(
        { kind: 'counts', for: 3, against: 1, abstentions: 0 },
        roll,
        undefined,
        (id) => `Cllr ${id.toUpperCase()}`,
      ),
    ).toEqual([
      '4 votes are counted but only 3 members can vote on this item now. In the room but not voting: Cllr F (declared a disclosable pecuniary interest in this item and holds no dispensation).',
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
      'Cllr D cannot be counted: sent apologies.',
      'Cllr F cannot be counted: declared a disclosable pecuniary interest in this item and holds no dispensation.',
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
