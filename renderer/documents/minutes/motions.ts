import type { Paragraph } from 'docx';
import type { MeetingRecord } from '../../domain/meeting-record';
import type { Motion, VoteChoice } from '../../domain/model';
import { listInWords, nameOf } from '../common/people';
import { bodyParagraph } from '../common/paragraphs';

const choiceLabels: Record<VoteChoice, string> = { for: 'For', against: 'Against', abstain: 'Abstentions' };

/**
 * Motions on one minute, amendments after the motion they amend: who moved and seconded, the vote
 * ("For: 6, Against: 2, Abstentions: 1", or each name for a recorded vote), the Chair's casting vote, the result.
 */
export function motionParagraphs(record: MeetingRecord, minuteId: string, keepWithNext = true): Paragraph[] {
  const motions = record.motions
    .filter((motion) => motion.minuteId === minuteId)
    .sort((a, b) => a.order - b.order);
  const substantive = motions.filter((motion) => !motion.amendsMotionId);
  const amendmentsOf = (motion: Motion): Motion[] =>
    motions.filter((other) => other.amendsMotionId === motion.id);
  const orphanAmendments = motions.filter(
    (motion) => motion.amendsMotionId && !motions.some((other) => other.id === motion.amendsMotionId),
  );
  return [...substantive.flatMap((motion) => [motion, ...amendmentsOf(motion)]), ...orphanAmendments].flatMap(
    (motion) => oneMotion(record, motion, keepWithNext),
  );
}

function oneMotion(record: MeetingRecord, motion: Motion, keepWithNext: boolean): Paragraph[] {
  const what = motion.amendsMotionId ? 'amendment' : 'motion';
  const mover = motion.moverId ? `moved by ${nameOf(record, motion.moverId)}` : 'moved';
  const seconder = motion.seconderId ? ` and seconded by ${nameOf(record, motion.seconderId)}` : '';
  const opening = motion.amendsMotionId ? 'An amendment was' : 'It was';
  const paragraphs = [bodyParagraph(`${opening} ${mover}${seconder}: ${motion.text.trim()}`)];
  paragraphs.push(...voteParagraphs(record, motion, keepWithNext));
  if (motion.castingVote) {
    const side =
      motion.castingVote === 'for' ? 'for' : motion.castingVote === 'against' ? 'against' : 'to abstain on';
    paragraphs.push(
      bodyParagraph(
        `There being an equality of votes, the Chair used their casting vote ${side} the ${what}.`,
      ),
    );
  }
  if (motion.result) {
    const declared = motion.vote?.kind === 'declared' ? 'On being put to the vote the ' : 'The ';
    const clearly = motion.vote?.kind === 'declared' ? 'clearly ' : '';
    paragraphs.push(
      bodyParagraph(`${declared}${what} was ${clearly}${motion.result === 'carried' ? 'CARRIED' : 'LOST'}.`, {
        bold: true,
      }),
    );
  }
  return paragraphs;
}

function voteParagraphs(record: MeetingRecord, motion: Motion, keepWithNext: boolean): Paragraph[] {
  const vote = motion.vote;
  if (!vote || vote.kind === 'declared') return [];
  if (vote.kind === 'counts') {
    return [bodyParagraph(`For: ${vote.for}, Against: ${vote.against}, Abstentions: ${vote.abstentions}`)];
  }
  const names = (choice: VoteChoice): string[] =>
    vote.choices.filter((line) => line.choice === choice).map((line) => nameOf(record, line.personId));
  const counts = (['for', 'against', 'abstain'] as const).map(
    (choice) => `${choiceLabels[choice]}: ${names(choice).length}`,
  );
  return [
    bodyParagraph('A recorded vote was taken:', { keepNext: keepWithNext }),
    ...(['for', 'against', 'abstain'] as const).map((choice) =>
      bodyParagraph(
        `${choiceLabels[choice]} (${names(choice).length}): ${listInWords(names(choice)) || 'none'}`,
        {
          indentLevel: 1,
        },
      ),
    ),
    bodyParagraph(counts.join(', ')),
  ];
}
