import { describe, expect, it } from 'vitest';
import { becameInquorate, quorumState } from '../../../../renderer/domain/quorum';
import { declaration, line } from './fixtures';

describe('quorum', () => {
  it('counts members present against the committee’s quorum', () => {
    const attendance = [
      line('a'),
      line('b'),
      line('c', { status: 'apologies' }),
      line('d', { status: 'absent' }),
    ];
    expect(quorumState({ attendance, quorum: 3, allowsRemoteAttendance: false })).toEqual({
      counted: 2,
      needed: 3,
      quorate: false,
      short: 1,
    });
  });

  it('does not count officers, others present, or members who have left', () => {
    const attendance = [
      line('a'),
      line('b', { leftAt: '19:10' }),
      line('o', { kind: 'officer' }),
      line('v', { kind: 'alsoPresent' }),
    ];
    expect(quorumState({ attendance, quorum: 1, allowsRemoteAttendance: false }).counted).toBe(1);
  });

  it('counts remote members only where the body allows remote attendance', () => {
    const attendance = [line('a'), line('b', { status: 'remote' })];
    expect(quorumState({ attendance, quorum: 2, allowsRemoteAttendance: false }).quorate).toBe(false);
    expect(quorumState({ attendance, quorum: 2, allowsRemoteAttendance: true }).quorate).toBe(true);
  });

  it('counts a substitute in place of the member, and never a non-voting co-optee', () => {
    const attendance = [line('a'), line('s', { substituteForPersonId: 'b' }), line('c')];
    const state = quorumState({
      attendance,
      quorum: 3,
      allowsRemoteAttendance: false,
      notCounted: new Set(['c']),
    });
    expect(state.counted).toBe(2);
  });

  it('warns only at the moment the meeting loses its quorum', () => {
    const quorate = quorumState({
      attendance: [line('a'), line('b')],
      quorum: 2,
      allowsRemoteAttendance: false,
    });
    const after = quorumState({
      attendance: [line('a'), line('b', { leftAt: '20:00' })],
      quorum: 2,
      allowsRemoteAttendance: false,
    });
    expect(becameInquorate(quorate, after)).toBe(true);
    expect(becameInquorate(after, after)).toBe(false);
    expect(becameInquorate(undefined, after)).toBe(false);
  });

  it('leaves a member out of the count for the item they left the room for, and counts them again on the next', () => {
    const attendance = [line('a'), line('b'), line('c')];
    const declarations = [
      declaration('c', { kind: 'nonRegistrable', conduct: 'leftRoom', agendaItemId: 'item5' }),
      declaration('b', { kind: 'otherRegistrable', conduct: 'remained', agendaItemId: 'item5' }),
    ];
    const during = (agendaItemId: string) =>
      quorumState({
        attendance,
        quorum: 3,
        allowsRemoteAttendance: false,
        during: { agendaItemId, declarations },
      });
    expect(during('item5')).toMatchObject({ counted: 2, quorate: false, short: 1 });
    expect(during('item6')).toMatchObject({ counted: 3, quorate: true });
  });
});
