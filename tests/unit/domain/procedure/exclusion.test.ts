import { describe, expect, it } from 'vitest';
import { exclusionMotionText } from '../../../../renderer/domain/exclusion';
import { proceedingLines } from '../../../../renderer/domain/proceeding-wording';
import { heardInPublic } from '../../../../renderer/domain/public-session';
import { context, motion, step } from './fixtures';

const exclusion = {
  paragraph: 3,
  publicInterestReason: 'the bids are commercially sensitive',
  agendaItemIds: ['item-9'],
} as const;
const partB = { id: 'item-9', part: 'B' } as const;

describe('excluding the press and public', () => {
  it('moves the motion in the words of s100A(4), with the paragraph and the public interest reason', () => {
    expect(exclusionMotionText({ ...exclusion, agendaItemIds: [...exclusion.agendaItemIds] }, ['9'])).toBe(
      'That under section 100A(4) of the Local Government Act 1972 the press and public be excluded from the meeting for item 9 on the grounds that it involves the likely disclosure of exempt information as defined in paragraph 3 of Part 1 of Schedule 12A to the Act, and that the public interest in maintaining the exemption outweighs the public interest in disclosing the information because the bids are commercially sensitive.',
    );
  });

  it('says after a lost motion that the item was considered in public, and the item is then heard in public', () => {
    const lost = motion('ex', 0, {
      exclusion: { ...exclusion, agendaItemIds: ['item-9'] },
      result: 'lost',
      vote: { kind: 'counts', for: 3, against: 6, abstentions: 0 },
    });
    const lines = proceedingLines(
      [step('1', { kind: 'moved', motionId: 'ex' }), step('2', { kind: 'putToVote', motionId: 'ex' })],
      context([lost]),
    );
    expect(lines.map((line) => line.text).slice(-2)).toEqual([
      'The motion was LOST.',
      'The press and public were not excluded: item 9 was considered in public.',
    ]);
    expect(heardInPublic({}, partB, [lost])).toBe(true);
    expect(heardInPublic({}, partB, [{ ...lost, result: 'carried' }])).toBe(false);
  });

  it('keeps a Part B item private unless a lost motion or the clerk says otherwise, and the clerk has the last word', () => {
    expect(heardInPublic({}, partB, [])).toBe(false);
    expect(heardInPublic({ heardInPublic: true }, partB, [])).toBe(true);
    const lost = motion('ex', 0, { exclusion: { ...exclusion, agendaItemIds: ['item-9'] }, result: 'lost' });
    expect(heardInPublic({ heardInPublic: false }, partB, [lost])).toBe(false);
    expect(heardInPublic({}, { id: 'item-1', part: 'A' }, [])).toBe(true);
  });
});
