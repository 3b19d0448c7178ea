import type { MotionWording } from './house-style';
import type { BallotVotes, Proceeding, RecordId } from './model';
import { causesWords, type VotingRoll } from './vote-eligibility';

export type BallotOutcome =
  | { kind: 'elected'; candidateId: RecordId; votes: number }
  /** No candidate has the majority the rules need: the lowest drop out and the rest go to another round. */
  | { kind: 'anotherRound'; remaining: RecordId[]; droppedOut: RecordId[] }
  /** The most votes are shared: the Chair's casting vote (or lots, by the council's rules) decides. */
  | { kind: 'tie'; between: RecordId[] }
  | { kind: 'noVotes' };

/** Votes for each candidate, in the order the candidates were given. */
export function ballotTally(
  candidates: readonly RecordId[],
  ballot: BallotVotes,
): { candidateId: RecordId; votes: number }[] {
  return candidates.map((candidateId) => ({
    candidateId,
    votes:
      ballot.method === 'counts'
        ? (ballot.counts.find((line) => line.candidateId === candidateId)?.votes ?? 0)
        : ballot.choices.filter((line) => line.candidateId === candidateId).length,
  }));
}

/**
 * Who an election vote elects. With `majorityNeeded` (many councils' rules for contested elections) a candidate
 * needs more than half the votes cast; otherwise the most votes win. A shared top is a tie, never a winner.
 *
 * @example
 *   ballotOutcome(['a', 'b'], { method: 'counts', counts: [{ candidateId: 'a', votes: 7 }, ...] }, false)
 */
export function ballotOutcome(
  candidates: readonly RecordId[],
  ballot: BallotVotes,
  majorityNeeded: boolean,
): BallotOutcome {
  const tally = ballotTally(candidates, ballot);
  const cast = tally.reduce((sum, line) => sum + line.votes, 0);
  if (cast === 0) return { kind: 'noVotes' };
  const top = Math.max(...tally.map((line) => line.votes));
  const leaders = tally.filter((line) => line.votes === top);
  if (majorityNeeded && top * 2 <= cast && tally.length > 2) {
    const lowest = Math.min(...tally.map((line) => line.votes));
    return {
      kind: 'anotherRound',
      remaining: tally.filter((line) => line.votes > lowest).map((line) => line.candidateId),
      droppedOut: tally.filter((line) => line.votes === lowest).map((line) => line.candidateId),
    };
  }
  const [leader] = leaders;
  if (leaders.length > 1 || !leader) return { kind: 'tie', between: leaders.map((line) => line.candidateId) };
  return { kind: 'elected', candidateId: leader.candidateId, votes: leader.votes };
}

/** Problems with an election vote as entered, in the clerk's words; empty when it can stand. */
export function ballotProblems(
  candidates: readonly RecordId[],
  ballot: BallotVotes,
  roll: VotingRoll,
  nameOf: (personId: RecordId) => string,
): string[] {
  const eligible = roll.eligible;
  const problems: string[] = [];
  if (candidates.length < 2)
    problems.push('An election vote needs two or more candidates: record each nomination first.');
  if (ballot.method === 'counts') {
    for (const line of ballot.counts)
      if (!Number.isInteger(line.votes) || line.votes < 0)
        problems.push(`The votes for ${nameOf(line.candidateId)} must be a whole number.`);
    const cast = ballot.counts.reduce((sum, line) => sum + line.votes, 0);
    if (cast > eligible.length)
      problems.push(
        `${cast} votes are counted but only ${eligible.length} members can vote on this item now.`,
      );
  } else {
    const seen = new Set<RecordId>();
    for (const { personId, candidateId } of ballot.choices) {
      if (seen.has(personId)) problems.push(`${nameOf(personId)} is counted twice.`);
      seen.add(personId);
      const excluded = roll.excluded.find((member) => member.personId === personId);
      if (excluded) problems.push(`${nameOf(personId)} cannot be counted: ${causesWords(excluded.causes)}.`);
      else if (!eligible.includes(personId))
        problems.push(`${nameOf(personId)} is not a member at this meeting.`);
      if (!candidates.includes(candidateId))
        problems.push(`${nameOf(candidateId)} was not nominated in this round.`);
    }
  }
  return problems;
}

/**
 * A nomination as the house words its motions: "Councillor A was nominated by Councillor B and seconded by
 * Councillor C for Chair of the Council." or, where the house writes "Moved by X, seconded by Y", "Nomination
 * moved by Councillor B, seconded by Councillor C: That Councillor A be elected Chair of the Council." A
 * nomination nobody is recorded as moving has nothing to word that way, so it reads as the plain sentence.
 *
 * @example nominationSentence(step, (id) => names[id], 'movedBy')
 */
export function nominationSentence(
  step: Extract<Proceeding, { kind: 'nomination' }>,
  nameOf: (personId: RecordId) => string,
  wording: MotionWording = 'itWasMoved',
): string {
  const office = step.office.trim().replace(/\.$/, '');
  const candidate = nameOf(step.candidateId);
  if (wording === 'movedBy' && (step.moverId || step.seconderId)) {
    const moved = [
      step.moverId && `moved by ${nameOf(step.moverId)}`,
      step.seconderId && `seconded by ${nameOf(step.seconderId)}`,
    ].filter(Boolean);
    return `Nomination ${moved.join(', ')}: That ${candidate} be elected ${office}.`;
  }
  const by = step.moverId ? ` by ${nameOf(step.moverId)}` : '';
  const seconded = step.seconderId ? ` and seconded by ${nameOf(step.seconderId)}` : '';
  return `${candidate} was nominated${by}${seconded} for ${office}.`;
}
