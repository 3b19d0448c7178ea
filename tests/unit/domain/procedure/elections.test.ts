import { describe, expect, it } from 'vitest';
import { ballotOutcome, ballotProblems } from '../../../../renderer/domain/elections';
import type { BallotVotes } from '../../../../renderer/domain/model';
import { proceedingLines } from '../../../../renderer/domain/proceeding-wording';
import { context, step } from './fixtures';

const office = 'Chair of the Council for the ensuing year';
const texts = (lines: { text: string }[]) => lines.map((line) => line.text);

describe('an election', () => {
  it('prints nominations, "no other nominations", a contested vote by show of hands and the resolution, in order', () => {
    const order = [
      step('1', { kind: 'nomination', office, candidateId: 'ahmed', moverId: 'cole', seconderId: 'dunn' }),
      step('2', { kind: 'nomination', office, candidateId: 'baker', moverId: 'evans', seconderId: 'dunn' }),
      step('3', { kind: 'noOtherNominations', office }),
      step('4', {
        kind: 'ballot',
        office,
        round: 1,
        majorityNeeded: false,
        method: 'counts',
        counts: [
          { candidateId: 'ahmed', votes: 6 },
          { candidateId: 'baker', votes: 4 },
        ],
      }),
      step('5', { kind: 'elected', office, personId: 'ahmed' }),
    ];
    expect(texts(proceedingLines(order, context([])))).toEqual([
      'Councillor Ahmed was nominated by Councillor Cole and seconded by Councillor Dunn for Chair of the Council for the ensuing year.',
      'Councillor Baker was nominated by Councillor Evans and seconded by Councillor Dunn for Chair of the Council for the ensuing year.',
      'There were no other nominations.',
      'A vote was taken by a show of hands between Councillor Ahmed and Councillor Baker:',
      'Councillor Ahmed: 6 votes',
      'Councillor Baker: 4 votes',
      'RESOLVED that Councillor Ahmed be elected Chair of the Council for the ensuing year.',
    ]);
  });

  it('words each nomination as the house words its motions: "Nomination moved by X, seconded by Y"', () => {
    const order = [
      step('1', { kind: 'nomination', office, candidateId: 'ahmed', moverId: 'cole', seconderId: 'dunn' }),
      step('2', { kind: 'nomination', office, candidateId: 'baker', moverId: 'evans' }),
      step('3', { kind: 'nomination', office, candidateId: 'cole' }),
      step('4', { kind: 'noOtherNominations', office }),
    ];
    const movedBy = { ...context([]), style: { motionWording: 'movedBy', recordedVotes: 'lists' } as const };
    expect(texts(proceedingLines(order, movedBy))).toEqual([
      'Nomination moved by Councillor Cole, seconded by Councillor Dunn: That Councillor Ahmed be elected Chair of the Council for the ensuing year.',
      'Nomination moved by Councillor Evans: That Councillor Baker be elected Chair of the Council for the ensuing year.',
      // Nobody recorded as moving it: nothing to word as "Moved by", so the plain sentence.
      'Councillor Cole was nominated for Chair of the Council for the ensuing year.',
      'There were no other nominations.',
    ]);
    const itWasMoved = {
      ...movedBy,
      style: { motionWording: 'itWasMoved', recordedVotes: 'lists' } as const,
    };
    expect(texts(proceedingLines(order, itWasMoved))[0]).toBe(
      'Councillor Ahmed was nominated by Councillor Cole and seconded by Councillor Dunn for Chair of the Council for the ensuing year.',
    );
  });

  it('goes to a second round between those left in when the rules need a majority and nobody has one', () => {
    const first: BallotVotes = {
      method: 'counts',
      counts: [
        { candidateId: 'a', votes: 4 },
        { candidateId: 'b', votes: 4 },
        { candidateId: 'c', votes: 2 },
      ],
    };
    expect(ballotOutcome(['a', 'b', 'c'], first, true)).toEqual({
      kind: 'anotherRound',
      remaining: ['a', 'b'],
      droppedOut: ['c'],
    });
    // The same votes under a most-votes rule are a tie between the leaders, never a winner.
    expect(ballotOutcome(['a', 'b', 'c'], first, false)).toEqual({ kind: 'tie', between: ['a', 'b'] });
    const order = [
      step('1', { kind: 'nomination', office, candidateId: 'ahmed' }),
      step('2', { kind: 'nomination', office, candidateId: 'baker' }),
      step('3', { kind: 'nomination', office, candidateId: 'cole' }),
      step('4', {
        kind: 'ballot',
        office,
        round: 1,
        majorityNeeded: true,
        method: 'counts',
        counts: [
          { candidateId: 'ahmed', votes: 4 },
          { candidateId: 'baker', votes: 3 },
          { candidateId: 'cole', votes: 2 },
        ],
      }),
      step('5', {
        kind: 'ballot',
        office,
        round: 2,
        majorityNeeded: true,
        method: 'named',
        choices: [
          { personId: 'dunn', candidateId: 'baker' },
          { personId: 'evans', candidateId: 'ahmed' },
          { personId: 'cole', candidateId: 'ahmed' },
        ],
      }),
    ];
    expect(texts(proceedingLines(order, context([]))).slice(3)).toEqual([
      'A vote was taken by a show of hands between Councillor Ahmed, Councillor Baker and Councillor Cole:',
      'Councillor Ahmed: 4 votes',
      'Councillor Baker: 3 votes',
      'Councillor Cole: 2 votes',
      'No candidate received a majority of the votes cast. Councillor Cole, with the fewest votes, took no further part.',
      'A second round of voting took place by name between Councillor Ahmed and Councillor Baker:',
      'Councillor Ahmed: 2 votes: Councillor Evans and Councillor Cole',
      'Councillor Baker: 1 vote: Councillor Dunn',
    ]);
  });

  it('refuses an election vote naming someone who cannot vote, or counting more votes than voters', () => {
    const name = (id: string) => `Cllr ${id}`;
    const roll = {
      eligible: ['a', 'b'],
      excluded: [{ personId: 'x', causes: [{ kind: 'dpiWithoutDispensation' as const }] }],
    };
    expect(
      ballotProblems(
        ['a', 'b'],
        { method: 'named', choices: [{ personId: 'x', candidateId: 'a' }] },
        roll,
        name,
      ),
    ).toEqual([
      'Cllr x cannot be counted: declared a disclosable pecuniary interest in this item and holds no dispensation.',
    ]);
    expect(
      ballotProblems(
        ['a', 'b'],
        {
          method: 'counts',
          counts: [
            { candidateId: 'a', votes: 2 },
            { candidateId: 'b', votes: 1 },
          ],
        },
        roll,
        name,
      ),
    ).toEqual(['3 votes are counted but only 2 members can vote on this item now.']);
    expect(ballotProblems(['a'], { method: 'counts', counts: [] }, roll, name)).toEqual([
      'An election vote needs two or more candidates: record each nomination first.',
    ]);
  });
});
