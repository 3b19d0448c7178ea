import type { Motion, Proceeding, RecordId, Vote, VoteChoice } from './model';
import type { HouseStyle } from './house-style';
import { ballotOutcome, ballotTally, nominationSentence } from './elections';
import { formatClockTime } from './en-gb';
import { countOf, listOf } from './english';
import { exclusionOutcome } from './exclusion';
import { carriedAmendmentsBefore } from './running-order';

/**
 * One printed line of a minute's running order: the live screen shows it and the minutes print it as it is.
 * Lines with `cells` in a row are one table (the first its heading row); `text` is the same row in words.
 */
export type ProceedingLine = {
  text: string;
  bold?: boolean;
  italic?: boolean;
  indent?: boolean;
  cells?: string[];
};

/** A run of lines as it prints: a line on its own, or consecutive lines with cells as the rows of one table. */
export type ProceedingBlock = { line: ProceedingLine } | { rows: ProceedingLine[] };

/**
 * Groups a minute's lines for printing: a recorded vote the house tabulates (lines with cells) becomes one table,
 * its first row the heading; every other line stands alone. The Word and HTML minutes both print from this.
 *
 * @example proceedingBlocks([{ text: 'A recorded vote was taken:' }, { text: '', cells: ['Name', 'Vote'] }])
 */
export function proceedingBlocks(lines: readonly ProceedingLine[]): ProceedingBlock[] {
  const blocks: ProceedingBlock[] = [];
  for (const line of lines) {
    const last = blocks.at(-1);
    if (line.cells && last && 'rows' in last) last.rows.push(line);
    else blocks.push(line.cells ? { rows: [line] } : { line });
  }
  return blocks;
}

export type WordingContext = {
  motions: readonly Motion[];
  /** A person's printed name ("Councillor Jane Smith"). */
  nameOf: (personId: RecordId | undefined) => string;
  /** An agenda item's printed number ("9"), for the items an exclusion motion covers. */
  itemNumberOf: (agendaItemId: RecordId) => string;
  /** The house's wording of motions and recorded votes; unset is Chamber's default style. */
  style?: Pick<HouseStyle, 'motionWording' | 'recordedVotes'>;
  /**
   * Who gave the casting vote on a motion, where the chair changed during the meeting (domain/chair-spells.ts):
   * the member presiding at that vote, named so the minutes say which Chair. Unset names no one.
   */
  castingVoterOf?: (motionId: RecordId) => RecordId | undefined;
};

const choiceLabels: Record<VoteChoice, string> = { for: 'For', against: 'Against', abstain: 'Abstentions' };
/** A member's own vote, as the table's column prints it. */
const choiceCells: Record<VoteChoice, string> = { for: 'For', against: 'Against', abstain: 'Abstain' };
const ordinals = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth'];

/** "Text." from "Text" or "Text.": a clerk's typed sentence ends once, whatever they typed. */
function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/**
 * The lines of each step of a minute's running order (see running-order.ts), in order. A step about a motion
 * that is not yet voted on says nothing of a vote; an amended motion put to the vote says "as amended".
 *
 * @example
 *   proceedingLines(runningOrder(minute, motions), context).map((line) => line.text);
 */
export function proceedingLines(order: readonly Proceeding[], context: WordingContext): ProceedingLine[] {
  return order.flatMap((step, position) => linesOf(step, position, order, context));
}

/** The same lines, step by step: the live screen shows each step's lines beside the step. */
export function proceedingLinesByStep(
  order: readonly Proceeding[],
  context: WordingContext,
): { step: Proceeding; lines: ProceedingLine[] }[] {
  return order.map((step, position) => ({ step, lines: linesOf(step, position, order, context) }));
}

function linesOf(
  step: Proceeding,
  position: number,
  order: readonly Proceeding[],
  context: WordingContext,
): ProceedingLine[] {
  const name = context.nameOf;
  switch (step.kind) {
    case 'moved':
    case 'putToVote':
    case 'withdrawn': {
      const motion = context.motions.find((candidate) => candidate.id === step.motionId);
      if (!motion) return [];
      if (step.kind === 'moved') return [{ text: movedLine(motion, context) }];
      const what = motion.amendsMotionId ? 'amendment' : 'motion';
      if (step.kind === 'withdrawn')
        return [{ text: `With the consent of the meeting, the ${what} was withdrawn.`, italic: true }];
      return voteLines(motion, carriedAmendmentsBefore(order, position, motion, context.motions), context);
    }
    case 'note':
      return step.text.trim() ? [{ text: step.text.trim() }] : [];
    case 'pointOfOrder':
      return [
        {
          text: `${step.personId ? name(step.personId) : 'A member'} raised a point of order: ${sentence(step.point)}${step.ruling.trim() ? ` The Chair ruled: ${sentence(step.ruling)}` : ''}`,
        },
      ];
    case 'recordedVoteRequest': {
      const who = step.personId
        ? `${name(step.personId)} requested a recorded vote`
        : 'A recorded vote was requested';
      const support = step.supporters ? `, supported by ${countOf(step.supporters, 'member')}` : '';
      return [{ text: `${who}${support}.` }];
    }
    case 'adjournment': {
      const at = step.at ? ` at ${formatClockTime(step.at)}` : '';
      const reason = step.reason.trim() ? ` ${step.reason.trim().replace(/\.$/, '')}` : '';
      const resumed = step.resumedAt ? ` and resumed at ${formatClockTime(step.resumedAt)}` : '';
      return [{ text: `The meeting adjourned${at}${reason}${resumed}.`, italic: true }];
    }
    case 'nomination':
      return [{ text: nominationSentence(step, name, context.style?.motionWording) }];
    case 'noOtherNominations':
      return [{ text: 'There were no other nominations.' }];
    case 'ballot':
      return ballotLines(step, order, context);
    case 'elected':
      return [
        { text: `RESOLVED that ${name(step.personId)} be elected ${sentence(step.office)}`, bold: true },
      ];
    case 'chairChange':
      return [{ text: `${name(step.personId)} took the Chair and presided from this point.`, italic: true }];
  }
}

/** ", Councillor Ben Cole," after "the Chair" where the chair changed during the meeting; else nothing. */
function castingVoterWords(motion: Motion, context: WordingContext): string {
  const voter = context.castingVoterOf?.(motion.id);
  return voter ? `, ${context.nameOf(voter)},` : '';
}

/** "It was moved by X and seconded by Y: ..." or, where the house writes it so, "Moved by X, seconded by Y: ...". */
function movedLine(motion: Motion, context: WordingContext): string {
  const mover = motion.moverId ? ` by ${context.nameOf(motion.moverId)}` : '';
  const seconder = motion.seconderId ? context.nameOf(motion.seconderId) : '';
  const text = motion.text.trim();
  if (context.style?.motionWording === 'movedBy') {
    const opening = motion.amendsMotionId ? 'Amendment moved' : 'Moved';
    return `${opening}${mover}${seconder ? `, seconded by ${seconder}` : ''}: ${text}`;
  }
  const opening = motion.amendsMotionId ? 'An amendment was' : 'It was';
  return `${opening} moved${mover}${seconder ? ` and seconded by ${seconder}` : ''}: ${text}`;
}

function voteLines(motion: Motion, amendedBy: readonly Motion[], context: WordingContext): ProceedingLine[] {
  if (!motion.result) return [];
  const amended = !motion.amendsMotionId && amendedBy.length > 0;
  const what = motion.amendsMotionId ? 'amendment' : amended ? 'substantive motion, as amended,' : 'motion';
  const lines: ProceedingLine[] = [];
  if (amended)
    lines.push({
      text: `The substantive motion, as amended, was put to the vote: ${(motion.textAsAmended ?? motion.text).trim()}`,
    });
  const vote = motion.vote;
  if (vote?.kind === 'counts')
    lines.push({ text: `For: ${vote.for}, Against: ${vote.against}, Abstentions: ${vote.abstentions}` });
  if (vote?.kind === 'recorded') lines.push(...recordedVoteLines(vote, context));
  if (motion.castingVote) {
    const side = motion.castingVote === 'abstain' ? 'to abstain on' : motion.castingVote;
    const noun = motion.amendsMotionId ? 'amendment' : 'motion';
    lines.push({
      text: `There being an equality of votes, the Chair${castingVoterWords(motion, context)} used their casting vote ${side} the ${noun}.`,
    });
  }
  const result = motion.result === 'carried' ? 'CARRIED' : 'LOST';
  lines.push({
    text:
      vote?.kind === 'declared'
        ? `On being put to the vote the ${what} was clearly ${result}.`
        : `The ${what} was ${result}.`,
    bold: true,
  });
  if (motion.exclusion)
    lines.push({
      text: exclusionOutcome(
        motion.result === 'carried',
        motion.exclusion.agendaItemIds.map(context.itemNumberOf),
      ),
      italic: true,
    });
  return lines;
}

/**
 * A recorded vote: each side's names in a line, or a table of each member and how they voted (in the order the
 * clerk called the roll), then the totals. A side nobody took prints "none" in the lines and no row in the table.
 */
function recordedVoteLines(
  vote: Extract<Vote, { kind: 'recorded' }>,
  context: WordingContext,
): ProceedingLine[] {
  const names = (choice: VoteChoice) =>
    vote.choices.filter((line) => line.choice === choice).map((line) => context.nameOf(line.personId));
  const lines: ProceedingLine[] = [{ text: 'A recorded vote was taken:' }];
  if (context.style?.recordedVotes === 'table') {
    // A table of nobody would print its headings alone: the totals below say no one voted.
    if (vote.choices.length > 0) lines.push({ text: 'Name: Vote', cells: ['Name', 'Vote'], bold: true });
    for (const line of vote.choices) {
      const cells = [context.nameOf(line.personId), choiceCells[line.choice]];
      lines.push({ text: cells.join(': '), cells, indent: true });
    }
  } else {
    for (const choice of ['for', 'against', 'abstain'] as const)
      lines.push({
        text: `${choiceLabels[choice]} (${names(choice).length}): ${listOf(names(choice)) || 'none'}`,
        indent: true,
      });
  }
  lines.push({
    text: (['for', 'against', 'abstain'] as const)
      .map((choice) => `${choiceLabels[choice]}: ${names(choice).length}`)
      .join(', '),
  });
  return lines;
}

function ballotLines(
  step: Extract<Proceeding, { kind: 'ballot' }>,
  order: readonly Proceeding[],
  context: WordingContext,
): ProceedingLine[] {
  const candidates = ballotCandidates(order, step);
  const tally = ballotTally(candidates, step);
  const names = candidates.map((id) => context.nameOf(id));
  const how = step.method === 'counts' ? 'by a show of hands' : 'by name';
  const lines: ProceedingLine[] = [
    {
      text:
        step.round > 1
          ? `A ${ordinals[step.round - 1] ?? `round ${step.round}`} round of voting took place ${how} between ${listOf(names)}:`
          : `A vote was taken ${how} between ${listOf(names)}:`,
    },
  ];
  for (const line of tally) {
    const voters =
      step.method === 'named'
        ? `: ${listOf(step.choices.filter((choice) => choice.candidateId === line.candidateId).map((choice) => context.nameOf(choice.personId))) || 'none'}`
        : '';
    lines.push({
      text: `${context.nameOf(line.candidateId)}: ${countOf(line.votes, 'vote')}${voters}`,
      indent: true,
    });
  }
  const outcome = ballotOutcome(candidates, step, step.majorityNeeded);
  if (outcome.kind === 'anotherRound')
    lines.push({
      text: `No candidate received a majority of the votes cast. ${listOf(outcome.droppedOut.map((id) => context.nameOf(id)))}, with the fewest votes, took no further part.`,
    });
  if (outcome.kind === 'tie')
    lines.push({
      text: `${listOf(outcome.between.map((id) => context.nameOf(id)))} received an equal number of votes.`,
    });
  return lines;
}

/**
 * The candidates in an election vote: in the first round everyone nominated for the office before it; in a
 * later round those the round before left in.
 */
export function ballotCandidates(
  order: readonly Proceeding[],
  ballot: Pick<Extract<Proceeding, { kind: 'ballot' }>, 'office' | 'round' | 'id'>,
): RecordId[] {
  const position = order.findIndex((step) => step.id === ballot.id);
  const before = position >= 0 ? order.slice(0, position) : [...order];
  const nominated = [
    ...new Set(
      before.flatMap((step) =>
        step.kind === 'nomination' && step.office === ballot.office ? [step.candidateId] : [],
      ),
    ),
  ];
  const previous = before
    .filter(
      (step) => step.kind === 'ballot' && step.office === ballot.office && step.round === ballot.round - 1,
    )
    .at(-1);
  if (ballot.round <= 1 || previous?.kind !== 'ballot') return nominated;
  const outcome = ballotOutcome(ballotCandidates(order, previous), previous, previous.majorityNeeded);
  return outcome.kind === 'anotherRound' ? outcome.remaining : ballotCandidates(order, previous);
}
