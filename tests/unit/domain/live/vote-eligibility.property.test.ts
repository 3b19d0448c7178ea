import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Attendance, Declaration, Membership, Vote } from '../../../../renderer/domain/model';
import { votingRoll } from '../../../../renderer/domain/vote-eligibility';
import { voteProblems } from '../../../../renderer/domain/votes';

const people = ['p0', 'p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7'];
const items = ['item5', 'item6'];

const attendanceLine = fc.record({
  personId: fc.constantFrom(...people),
  kind: fc.constantFrom('member', 'member', 'member', 'officer', 'alsoPresent'),
  status: fc.constantFrom('present', 'present', 'apologies', 'absent', 'remote'),
  left: fc.boolean(),
  bars: fc.array(fc.constantFrom(...items), { maxLength: 2 }),
});

const declarationLine = fc.record({
  personId: fc.constantFrom(...people),
  agendaItemId: fc.constantFrom(...items),
  kind: fc.constantFrom('dpi', 'otherRegistrable', 'nonRegistrable'),
  conduct: fc.constantFrom('leftRoom', 'didNotVote', 'dispensation', 'remained'),
});

const membershipLine = fc.record({
  personId: fc.constantFrom(...people),
  role: fc.constantFrom('chair', 'member', 'substitute', 'coOptedVoting', 'coOptedNonVoting', 'adviser'),
});

const meeting = fc.record({
  attendance: fc.array(attendanceLine, { maxLength: 10 }),
  declarations: fc.array(declarationLine, { maxLength: 6 }),
  memberships: fc.array(membershipLine, { maxLength: 8 }),
  agendaItemId: fc.constantFrom(...items),
  allowsRemoteAttendance: fc.boolean(),
});

const vote: fc.Arbitrary<Vote> = fc.oneof(
  fc.record({
    kind: fc.constant('counts' as const),
    for: fc.nat(9),
    against: fc.nat(9),
    abstentions: fc.nat(9),
  }),
  fc.record({
    kind: fc.constant('recorded' as const),
    choices: fc.array(
      fc.record({
        personId: fc.constantFrom(...people, 'stranger'),
        choice: fc.constantFrom('for' as const, 'against' as const, 'abstain' as const),
      }),
      { maxLength: 8 },
    ),
  }),
);

type Meeting = {
  attendance: Attendance[];
  declarations: Declaration[];
  memberships: Membership[];
  agendaItemId: string;
  allowsRemoteAttendance: boolean;
};

function stored(generated: typeof meeting extends fc.Arbitrary<infer T> ? T : never): Meeting {
  return {
    ...generated,
    attendance: generated.attendance.map((line, order) => ({
      id: `a${order}`,
      meetingId: 'm1',
      personId: line.personId,
      name: line.personId,
      kind: line.kind,
      status: line.status,
      ...(line.left ? { leftAt: '20:00' } : {}),
      votingBars: line.bars.map((agendaItemId) => ({ agendaItemId, bar: 'councilTaxArrears' as const })),
      order,
    })),
    declarations: generated.declarations.map((line, order) => ({
      id: `d${order}`,
      meetingId: 'm1',
      nature: '',
      ...line,
    })),
    memberships: generated.memberships.map((line, order) => ({
      id: `ms${order}`,
      committeeId: 'c1',
      order,
      ...line,
    })),
  };
}

/**
 * The law, written out again independently of the rule under test: may this person vote on the item? One of
 * their member lines must say they are in the room, and none may bar them; no declaration on the item may keep them out;
 * and they must hold at least one voting membership if they hold any.
 */
function mayVote(meeting: Meeting, personId: string): boolean {
  const lines = meeting.attendance.filter((line) => line.personId === personId && line.kind === 'member');
  if (lines.length === 0) return false;
  const inRoom = lines.some(
    (line) =>
      !line.leftAt &&
      (line.status === 'present' || (line.status === 'remote' && meeting.allowsRemoteAttendance)),
  );
  const barred = lines.some((line) =>
    (line.votingBars ?? []).some((bar) => bar.agendaItemId === meeting.agendaItemId),
  );
  const keptOutByDeclaration = meeting.declarations.some(
    (declaration) =>
      declaration.personId === personId &&
      declaration.agendaItemId === meeting.agendaItemId &&
      (declaration.conduct === 'leftRoom' ||
        declaration.conduct === 'didNotVote' ||
        (declaration.kind === 'dpi' && declaration.conduct !== 'dispensation')),
  );
  const theirs = meeting.memberships.filter((membership) => membership.personId === personId);
  const hasVote =
    theirs.length === 0 ||
    theirs.some((membership) => membership.role !== 'coOptedNonVoting' && membership.role !== 'adviser');
  return inRoom && !barred && !keptOutByDeclaration && hasVote;
}

describe('no vote ever counts a member who may not vote', () => {
  it('accepts a recorded vote only when every name may vote, once; and a count only up to those who may', () => {
    fc.assert(
      fc.property(meeting, vote, (generated, cast) => {
        const recorded = stored(generated);
        const roll = votingRoll(recorded);
        if (voteProblems(cast, roll, undefined).length > 0) return;
        const mayVoteNow = people.filter((personId) => mayVote(recorded, personId));
        if (cast.kind === 'recorded') {
          const names = cast.choices.map((choice) => choice.personId);
          expect(new Set(names).size).toBe(names.length);
          for (const personId of names) expect(mayVote(recorded, personId)).toBe(true);
        } else if (cast.kind === 'counts') {
          expect(cast.for + cast.against + cast.abstentions).toBeLessThanOrEqual(mayVoteNow.length);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('offers on the roll exactly the members the law lets vote, and says why for every other member', () => {
    fc.assert(
      fc.property(meeting, (generated) => {
        const recorded = stored(generated);
        const roll = votingRoll(recorded);
        expect([...roll.eligible].sort()).toEqual(people.filter((personId) => mayVote(recorded, personId)));
        for (const member of roll.excluded) expect(member.causes.length).toBeGreaterThan(0);
      }),
      { numRuns: 2000 },
    );
  });
});
