import type { Vote, VoteChoice, VoteResult } from './model';
import { countOf, listOf } from './english';
import { causesWords, inTheRoomButNotVoting, type VotingRoll } from './vote-eligibility';

export type Tally = { for: number; against: number; abstentions: number };

/** The numbers a vote gives; a declared result has none (all nought). */
export function tallyOf(vote: Vote): Tally {
  if (vote.kind === 'declared') return { for: 0, against: 0, abstentions: 0 };
  if (vote.kind === 'counts') return { for: vote.for, against: vote.against, abstentions: vote.abstentions };
  const count = (choice: VoteChoice) => vote.choices.filter((line) => line.choice === choice).length;
  return { for: count('for'), against: count('against'), abstentions: count('abstain') };
}

/**
 * What is wrong with a vote as entered, in words for the clerk; empty when it can stand. Who may vote comes
 * from the one rule in vote-eligibility: a count larger than the members who may vote, or a recorded vote
 * naming anyone else, is refused, saying who cannot be counted and why. `nameOf` turns a person id into the
 * name the clerk knows.
 */
export function voteProblems(
  vote: Vote,
  roll: VotingRoll,
  castingVote: VoteChoice | undefined,
  nameOf: (personId: string) => string = (id) => id,
): string[] {
  const problems: string[] = [];
  const tally = tallyOf(vote);
  if (vote.kind === 'counts') {
    for (const [label, value] of Object.entries(tally))
      if (!Number.isInteger(value) || value < 0) problems.push(`The ${label} count must be a whole number.`);
    const total = tally.for + tally.against + tally.abstentions;
    if (total > roll.eligible.length) {
      // The likely slip is counting a hand in the room that may not vote on this item: name those first.
      const inTheRoom = inTheRoomButNotVoting(roll);
      const why = inTheRoom.map((member) => `${nameOf(member.personId)} (${causesWords(member.causes)})`);
      problems.push(
        `${countOf(total, 'vote is', 'votes are')} counted but only ${countOf(roll.eligible.length, 'member')} can vote on this item now.` +
          (why.length > 0 ? ` In the room but not voting: ${listOf(why)}.` : ''),
      );
    }
  } else if (vote.kind === 'recorded') {
    const seen = new Set<string>();
    for (const { personId } of vote.choices) {
      if (seen.has(personId)) problems.push(`${nameOf(personId)} is counted twice.`);
      seen.add(personId);
      const excluded = roll.excluded.find((entry) => entry.personId === personId);
      if (excluded) problems.push(`${nameOf(personId)} cannot be counted: ${causesWords(excluded.causes)}.`);
      else if (!roll.eligible.includes(personId))
        problems.push(`${nameOf(personId)} is not a member at this meeting.`);
    }
  }
  if (vote.kind === 'declared') {
    if (castingVote)
      problems.push('A casting vote needs counted votes: record the counts, not only the result.');
  } else if (castingVote && castingVote !== 'abstain' && tally.for !== tally.against)
    problems.push('The Chair has a casting vote only when the votes for and against are equal.');
  return problems;
}

export type VoteOutcome = { result: VoteResult; tied: boolean; tally: Tally };

/**
 * Carried when more vote for than against. With equal votes the Chair's casting vote decides; with none
 * given, the motion has no majority and is lost, and `tied` tells the screen to offer the casting vote.
 */
export function voteOutcome(vote: Vote, castingVote?: VoteChoice): VoteOutcome {
  const tally = tallyOf(vote);
  if (vote.kind === 'declared') return { result: vote.result, tied: false, tally };
  const tied = tally.for === tally.against;
  const carried = tied ? castingVote === 'for' : tally.for > tally.against;
  return { result: carried ? 'carried' : 'lost', tied, tally };
}
