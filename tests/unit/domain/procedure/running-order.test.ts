import { describe, expect, it } from 'vitest';
import { proceedingLines } from '../../../../renderer/domain/proceeding-wording';
import { runningOrder } from '../../../../renderer/domain/running-order';
import { context, motion, step } from './fixtures';

const texts = (lines: { text: string }[]) => lines.map((line) => line.text);

describe("a minute's running order", () => {
  it('prints an amendment moved and carried between the motion and its vote, and the motion "as amended"', () => {
    const motions = [
      motion('sub', 0, {
        text: 'That the report be noted.',
        moverId: 'ahmed',
        seconderId: 'baker',
        result: 'carried',
        vote: { kind: 'counts', for: 7, against: 2, abstentions: 0 },
        textAsAmended: 'That the report be noted and a review held.',
      }),
      motion('amend', 1, {
        amendsMotionId: 'sub',
        text: 'Add "and a review held".',
        moverId: 'cole',
        seconderId: 'dunn',
        result: 'carried',
        vote: { kind: 'counts', for: 5, against: 4, abstentions: 0 },
      }),
    ];
    const order = [
      step('1', { kind: 'moved', motionId: 'sub' }),
      step('2', { kind: 'note', text: 'Members debated the review.' }),
      step('3', { kind: 'moved', motionId: 'amend' }),
      step('4', { kind: 'putToVote', motionId: 'amend' }),
      step('5', { kind: 'putToVote', motionId: 'sub' }),
    ];
    expect(texts(proceedingLines(runningOrder({ proceedings: order }, motions), context(motions)))).toEqual([
      'It was moved by Councillor Ahmed and seconded by Councillor Baker: That the report be noted.',
      'Members debated the review.',
      'An amendment was moved by Councillor Cole and seconded by Councillor Dunn: Add "and a review held".',
      'For: 5, Against: 4, Abstentions: 0',
      'The amendment was CARRIED.',
      'The substantive motion, as amended, was put to the vote: That the report be noted and a review held.',
      'For: 7, Against: 2, Abstentions: 0',
      'The substantive motion, as amended, was CARRIED.',
    ]);
  });

  it('does not call a motion "as amended" when its amendment was lost', () => {
    const motions = [
      motion('sub', 0, { result: 'carried', vote: { kind: 'declared', result: 'carried' } }),
      motion('amend', 1, {
        amendsMotionId: 'sub',
        result: 'lost',
        vote: { kind: 'declared', result: 'lost' },
      }),
    ];
    const order = [
      step('1', { kind: 'moved', motionId: 'sub' }),
      step('2', { kind: 'moved', motionId: 'amend' }),
      step('3', { kind: 'putToVote', motionId: 'amend' }),
      step('4', { kind: 'putToVote', motionId: 'sub' }),
    ];
    expect(texts(proceedingLines(order, context(motions))).slice(2)).toEqual([
      'On being put to the vote the amendment was clearly LOST.',
      'On being put to the vote the motion was clearly CARRIED.',
    ]);
  });

  it('records points of order, recorded vote requests, withdrawals and adjournments where they happened', () => {
    const motions = [motion('m', 0, { moverId: 'ahmed' })];
    const order = [
      step('1', { kind: 'moved', motionId: 'm' }),
      step('2', {
        kind: 'pointOfOrder',
        personId: 'baker',
        point: 'the motion is outside the terms of reference',
        ruling: 'the motion is in order',
      }),
      step('3', { kind: 'recordedVoteRequest', personId: 'cole', supporters: 5 }),
      step('4', { kind: 'adjournment', at: '19:30', resumedAt: '19:45', reason: 'for a comfort break' }),
      step('5', { kind: 'withdrawn', motionId: 'm' }),
    ];
    expect(texts(proceedingLines(order, context(motions)))).toEqual([
      'It was moved by Councillor Ahmed: Motion m',
      'Councillor Baker raised a point of order: the motion is outside the terms of reference. The Chair ruled: the motion is in order.',
      'Councillor Cole requested a recorded vote, supported by 5 members.',
      'The meeting adjourned at 7.30 pm for a comfort break and resumed at 7.45 pm.',
      'With the consent of the meeting, the motion was withdrawn.',
    ]);
  });

  it('keeps the steps recorded, drops those about a removed motion, and adds motions it does not mention', () => {
    const motions = [motion('kept', 0), motion('old', 1, { result: 'lost' })];
    const order = runningOrder(
      {
        proceedings: [
          step('1', { kind: 'moved', motionId: 'gone' }),
          step('2', { kind: 'moved', motionId: 'kept' }),
        ],
      },
      motions,
    );
    expect(order.map((entry) => entry.id)).toEqual(['2', 'old/moved', 'old/vote']);
  });
});
