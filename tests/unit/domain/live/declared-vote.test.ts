import { describe, expect, it } from 'vitest';
import { voteOutcome, voteProblems } from '../../../../renderer/domain/votes';
import { votingRoll } from '../../../../renderer/domain/vote-eligibility';
import { line } from './fixtures';

const roll = votingRoll({
  attendance: [line('chair'), line('b'), line('c')],
  declarations: [],
  memberships: [],
  agendaItemId: 'item5',
  allowsRemoteAttendance: false,
});

describe('a result the Chair declares without a count', () => {
  it('stands as declared, carried or lost, with no tally and no tie', () => {
    expect(voteOutcome({ kind: 'declared', result: 'lost' })).toEqual({
      result: 'lost',
      tied: false,
      tally: { for: 0, against: 0, abstentions: 0 },
    });
    expect(voteOutcome({ kind: 'declared', result: 'carried' }).result).toBe('carried');
    expect(voteProblems({ kind: 'declared', result: 'carried' }, roll, undefined)).toEqual([]);
  });

  it('takes no casting vote: there were no counted votes to be equal', () => {
    expect(voteProblems({ kind: 'declared', result: 'lost' }, roll, 'for')).toEqual([
      'A casting vote needs counted votes: record the counts, not only the result.',
    ]);
  });
});
