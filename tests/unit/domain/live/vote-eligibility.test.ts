import { describe, expect, it } from 'vitest';
import type { Membership } from '../../../../renderer/domain/model';
import { causesWords, votingRoll, type EligibilityInput } from '../../../../renderer/domain/vote-eligibility';
import { declaration, line } from './fixtures';

function membership(personId: string, role: Membership['role']): Membership {
  return { id: `ms-${personId}-${role}`, committeeId: 'c1', personId, role, order: 0 };
}

function roll(changes: Partial<EligibilityInput>) {
  return votingRoll({
    attendance: [line('chair'), line('b')],
    declarations: [],
    memberships: [],
    agendaItemId: 'item5',
    allowsRemoteAttendance: false,
    ...changes,
  });
}

/** Why the one person left out of the roll cannot vote, in the clerk's words. */
function whyNot(changes: Partial<EligibilityInput>, personId = 'x'): string {
  const excluded = roll(changes).excluded.find((member) => member.personId === personId);
  return excluded ? causesWords(excluded.causes) : 'may vote';
}

describe('who may vote: each cause', () => {
  it('counts every voting member in the room when nothing is recorded against them', () => {
    expect(roll({})).toEqual({ eligible: ['chair', 'b'], excluded: [] });
  });

  it('leaves out a member not in the meeting now: apologies, absent, left early, remote where it does not count', () => {
    expect(whyNot({ attendance: [line('x', { status: 'apologies' })] })).toBe('sent apologies');
    expect(whyNot({ attendance: [line('x', { status: 'absent' })] })).toBe('not at the meeting');
    expect(whyNot({ attendance: [line('x', { leftAt: '19:40' })] })).toBe('left the meeting at 7.40 pm');
    expect(whyNot({ attendance: [line('x', { status: 'remote' })] })).toBe(
      'attending remotely, which does not count on this body',
    );
    expect(whyNot({ attendance: [line('x', { status: 'remote' })], allowsRemoteAttendance: true })).toBe(
      'may vote',
    );
  });

  it('counts a late arrival from the moment they are marked present', () => {
    expect(whyNot({ attendance: [line('x', { arrivedAt: '18:20' })] })).toBe('may vote');
  });

  it('leaves out a member who left the room for the item after a declaration of any kind, and only for that item', () => {
    for (const kind of ['dpi', 'otherRegistrable', 'nonRegistrable'] as const) {
      const declarations = [declaration('x', { kind, conduct: 'leftRoom' })];
      expect(whyNot({ attendance: [line('x')], declarations })).toMatch(
        /^left the room for this item after declaring an? (disclosable pecuniary|other registrable|non-registrable) interest$/,
      );
      expect(whyNot({ attendance: [line('x')], declarations, agendaItemId: 'item6' })).toBe('may vote');
    }
  });

  it('leaves out a member with a DPI and no dispensation even if they stayed, and lets one with a dispensation vote', () => {
    const stayed = [declaration('x', { kind: 'dpi', conduct: 'remained' })];
    expect(whyNot({ attendance: [line('x')], declarations: stayed })).toBe(
      'declared a disclosable pecuniary interest in this item and holds no dispensation',
    );
    const dispensed = [declaration('x', { kind: 'dpi', conduct: 'dispensation' })];
    expect(whyNot({ attendance: [line('x')], declarations: dispensed })).toBe('may vote');
  });

  it('leaves out a member who withdrew from the vote under the code of conduct, but not one who took part', () => {
    const withdrew = [declaration('x', { kind: 'otherRegistrable', conduct: 'didNotVote' })];
    expect(whyNot({ attendance: [line('x')], declarations: withdrew })).toBe(
      'did not vote on this item under the code of conduct, having declared an other registrable interest',
    );
    const tookPart = [declaration('x', { kind: 'nonRegistrable', conduct: 'remained' })];
    expect(whyNot({ attendance: [line('x')], declarations: tookPart })).toBe('may vote');
  });

  it('leaves out a member barred by section 106 on the item it was recorded against, as a bar and not an interest', () => {
    const barred = line('x', { votingBars: [{ agendaItemId: 'item5', bar: 'councilTaxArrears' }] });
    expect(roll({ attendance: [barred] }).excluded).toEqual([
      { personId: 'x', causes: [{ kind: 'statutoryBar', bar: 'councilTaxArrears' }] },
    ]);
    expect(whyNot({ attendance: [barred] })).toBe(
      'barred from voting on this item by section 106 of the Local Government Finance Act 1992',
    );
    expect(whyNot({ attendance: [barred] })).not.toMatch(/interest/);
    expect(whyNot({ attendance: [barred], agendaItemId: 'item6' })).toBe('may vote');
  });

  it('leaves out a co-opted non-voting member and an adviser, but not a voting co-optee or a substitute', () => {
    const attendance = [line('x'), line('y'), line('v'), line('s', { substituteForPersonId: 'b' })];
    const memberships = [
      membership('x', 'coOptedNonVoting'),
      membership('y', 'adviser'),
      membership('v', 'coOptedVoting'),
      membership('s', 'substitute'),
    ];
    expect(whyNot({ attendance, memberships }, 'x')).toBe('a co-opted member without a vote');
    expect(whyNot({ attendance, memberships }, 'y')).toBe('adviser / officer, with no vote on this body');
    expect(roll({ attendance, memberships }).eligible).toEqual(['v', 's']);
  });

  it('gives a vote to someone who has a voting membership besides a non-voting one', () => {
    const memberships = [membership('x', 'coOptedNonVoting'), membership('x', 'member')];
    expect(whyNot({ attendance: [line('x')], memberships })).toBe('may vote');
  });

  it('reads each member’s role as it stood on the day of the meeting', () => {
    const memberships = [
      { ...membership('x', 'member'), to: '2025-05-20' },
      { ...membership('x', 'coOptedNonVoting'), from: '2025-05-21' },
    ];
    expect(whyNot({ attendance: [line('x')], memberships, on: '2026-02-24' })).toBe(
      'a co-opted member without a vote',
    );
    expect(whyNot({ attendance: [line('x')], memberships, on: '2025-03-01' })).toBe('may vote');
  });

  it('gives every cause that applies, not only the first', () => {
    const attendance = [
      line('x', { status: 'apologies', votingBars: [{ agendaItemId: 'item5', bar: 'councilTaxArrears' }] }),
    ];
    expect(whyNot({ attendance })).toBe(
      'sent apologies; and barred from voting on this item by section 106 of the Local Government Finance Act 1992',
    );
  });

  it('never counts officers, others present, or a name with no person on record', () => {
    const attendance = [line('o', { kind: 'officer' }), line('v', { kind: 'alsoPresent' }), line('')];
    expect(roll({ attendance })).toEqual({ eligible: [], excluded: [] });
  });
});
