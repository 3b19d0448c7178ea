import { beforeEach, describe, expect, it } from 'vitest';
import { freshDatabase } from '../reset';
import { db } from '../../../../renderer/db/database';
import { addAction, removeAction, updateAction } from '../../../../renderer/db/repositories/actions';
import {
  addAttendee,
  openRollCall,
  stampArrival,
  stampDeparture,
  updateAttendance,
} from '../../../../renderer/db/repositories/attendance';
import { addMember, createCommittee } from '../../../../renderer/db/repositories/committees';
import {
  recordDeclaration,
  removeDeclaration,
  updateDeclaration,
} from '../../../../renderer/db/repositories/declarations';
import { recordEvent, removeEvent, updateEvent } from '../../../../renderer/db/repositories/events';
import { createMeeting } from '../../../../renderer/db/repositories/meetings';
import {
  saveConclusions,
  saveMinuteText,
  saveResolution,
  takeItem,
  takeItemInMeeting,
} from '../../../../renderer/db/repositories/minutes';
import { approveMinutes } from '../../../../renderer/db/repositories/minutes-approval';
import {
  recordMotion,
  recordVote,
  removeMotion,
  updateMotion,
} from '../../../../renderer/db/repositories/motions';
import { createPerson } from '../../../../renderer/db/repositories/people';
import { addSubstitute } from '../../../../renderer/db/repositories/substitutes';
import {
  recordBallot,
  recordProceeding,
  removeProceeding,
  setHeardInPublic,
  setTextAsAmended,
  withdrawMotion,
} from '../../../../renderer/db/repositories/proceedings';
import { restoreRevision, saveTypedMinute } from '../../../../renderer/db/repositories/revisions';
import {
  SignedMinutesRefused,
  type SignedCorrection,
} from '../../../../renderer/db/repositories/signed-minutes';
import { recordVotingBar, removeVotingBar } from '../../../../renderer/db/repositories/voting-bars';
import { richTextFromPlain, richTextToPlain } from '../../../../renderer/domain/rich-text';
import type { Minute, Motion } from '../../../../renderer/domain/model';

type Signed = {
  meetingId: string;
  minute: Minute;
  untakenItemId: string;
  motion: Motion;
  revisionId: string;
  attendanceId: string;
  declarationId: string;
  actionId: string;
  eventId: string;
  personId: string;
  stepId: string;
};

/** A meeting minuted in full (text, resolution, motion, roll, declaration, action, event), then approved. */
async function signedMeeting(): Promise<Signed> {
  const committee = await createCommittee({ name: 'Planning Committee', type: 'committee' });
  const meeting = await createMeeting(committee.id, { date: '2027-01-12' });
  const next = await createMeeting(committee.id, { date: '2027-02-09' });
  const items = await db.agendaItems.where('meetingId').equals(meeting.id).sortBy('order');
  const minute = await takeItem(meeting.id, items[0]!.id);
  await saveTypedMinute(
    minute.id,
    richTextFromPlain('The Chair welcomed everyone.'),
    richTextFromPlain('The Chair'),
  );
  await saveResolution(minute.id, { text: 'That the report be noted.' });
  const person = await createPerson({ name: 'Jo Smyth', title: 'Councillor' });
  const attendance = await addAttendee(meeting.id, {
    name: 'Councillor Jo Smyth',
    kind: 'member',
    personId: person.id,
  });
  const motion = await recordMotion(minute.id, { text: 'That the report be noted.' });
  const step = await recordProceeding(minute.id, { kind: 'note', text: 'Members asked about costs.' });
  const declaration = await recordDeclaration(meeting.id, {
    agendaItemId: items[0]!.id,
    personId: person.id,
    kind: 'nonRegistrable',
    nature: 'Lives nearby',
    conduct: 'remained',
  });
  const action = await addAction(meeting.id, minute.id, { text: 'Circulate the plan', ownerText: 'Clerk' });
  const event = await recordEvent(meeting.id, { kind: 'started', at: '18:02' });
  const revision = (await db.minuteRevisions.where('minuteId').equals(minute.id).first())!;
  const minutesItem = (await db.agendaItems.where('meetingId').equals(next.id).toArray()).find(
    (item) => item.standingKind === 'previousMinutes',
  )!;
  await approveMinutes(minutesItem.id, { decision: 'approved', approvedOn: '2027-02-09', amendments: [] });
  return {
    meetingId: meeting.id,
    minute,
    untakenItemId: items[1]!.id,
    motion,
    revisionId: revision.id,
    attendanceId: attendance.id,
    declarationId: declaration.id,
    actionId: action.id,
    eventId: event.id,
    personId: person.id,
    stepId: step.id,
  };
}

/** Every repository write to a meeting's minutes, given the reason or not. */
function writes(s: Signed): [string, (correction?: SignedCorrection) => Promise<unknown>][] {
  const text = richTextFromPlain('The Chair welcomed residents.');
  return [
    ['typing the minute', (c) => saveTypedMinute(s.minute.id, text, undefined, c)],
    ['saving the minute text', (c) => saveMinuteText(s.minute.id, text, c)],
    ['restoring an earlier version', (c) => restoreRevision(s.revisionId, c)],
    ['the conclusions', (c) => saveConclusions(s.minute.id, ['i. Noted.'], c)],
    ['the resolution', (c) => saveResolution(s.minute.id, { text: 'That the report be agreed.' }, c)],
    ['a new motion', (c) => recordMotion(s.minute.id, { text: 'That it be deferred.' }, c)],
    ['a motion changed', (c) => updateMotion(s.motion.id, { text: 'That it be refused.' }, c)],
    ['the motion as amended', (c) => setTextAsAmended(s.motion.id, 'That it be noted as amended.', c)],
    ['a motion withdrawn', (c) => withdrawMotion(s.motion.id, c)],
    ['a vote', (c) => recordVote(s.motion.id, { kind: 'declared', result: 'carried' }, undefined, c)],
    ['a running-order step', (c) => recordProceeding(s.minute.id, { kind: 'note', text: 'Also.' }, c)],
    ['a step taken out', (c) => removeProceeding(s.minute.id, s.stepId, c)],
    [
      'an election vote',
      (c) =>
        recordBallot(
          s.minute.id,
          { office: 'Chair', round: 1, majorityNeeded: false, method: 'counts', counts: [] },
          c,
        ),
    ],
    ['heard in public', (c) => setHeardInPublic(s.minute.id, true, c)],
    ['an attendee added', (c) => addAttendee(s.meetingId, { name: 'Ms A Officer', kind: 'officer' }, c)],
    [
      'a substitute added',
      (c) => addSubstitute(s.meetingId, { newName: 'Councillor Sam Standin' }, undefined, c),
    ],
    ['attendance changed', (c) => updateAttendance(s.attendanceId, { status: 'apologies' }, c)],
    ['a late arrival', (c) => stampArrival(s.attendanceId, '18:10', undefined, c)],
    ['an early departure', (c) => stampDeparture(s.attendanceId, '19:10', undefined, c)],
    [
      'a voting bar',
      (c) =>
        recordVotingBar(
          s.meetingId,
          { personId: s.personId, agendaItemId: s.minute.agendaItemId, bar: 'councilTaxArrears' },
          c,
        ),
    ],
    [
      'a voting bar taken back',
      (c) => removeVotingBar(s.attendanceId, s.minute.agendaItemId, 'councilTaxArrears', c),
    ],
    [
      'a declaration',
      (c) =>
        recordDeclaration(
          s.meetingId,
          {
            agendaItemId: s.minute.agendaItemId,
            personId: s.personId,
            kind: 'nonRegistrable',
            nature: 'Knows the applicant',
            conduct: 'leftRoom',
          },
          c,
        ),
    ],
    ['a declaration changed', (c) => updateDeclaration(s.declarationId, { nature: 'Owns land nearby' }, c)],
    ['an action added', (c) => addAction(s.meetingId, s.minute.id, { text: 'Write to the applicant' }, c)],
    ['an action’s words changed', (c) => updateAction(s.actionId, { text: 'Circulate the revised plan' }, c)],
    ['an event', (c) => recordEvent(s.meetingId, { kind: 'adjourned', at: '19:00' }, c)],
    ['an event’s time', (c) => updateEvent(s.eventId, { at: '18:05' }, c)],
    ['a motion removed', (c) => removeMotion(s.motion.id, c)],
    ['a declaration removed', (c) => removeDeclaration(s.declarationId, c)],
    ['an action removed', (c) => removeAction(s.actionId, c)],
    ['an event removed', (c) => removeEvent(s.eventId, c)],
  ];
}

let signed: Signed;

beforeEach(async () => {
  await freshDatabase();
  signed = await signedMeeting();
});

describe('signed minutes refuse every write without a reason', () => {
  it('refuses each write path, says why and what to do, and stores nothing', async () => {
    const logged = await db.changes.count();
    const stored = await Promise.all([db.minutes.toArray(), db.motions.toArray(), db.attendance.toArray()]);
    for (const [what, write] of writes(signed)) {
      const refused = await write().then(
        () => undefined,
        (error: unknown) => error,
      );
      expect(refused, what).toBeInstanceOf(SignedMinutesRefused);
      expect((refused as Error).message, what).toContain('approved and signed');
      expect((refused as Error).message, what).toContain('Give a reason for the correction');
      // A blank reason is no reason.
      await expect(write({ reason: '  ' }), what).rejects.toBeInstanceOf(SignedMinutesRefused);
    }
    expect(await db.changes.count()).toBe(logged);
    expect(await Promise.all([db.minutes.toArray(), db.motions.toArray(), db.attendance.toArray()])).toEqual(
      stored,
    );
    expect(richTextToPlain((await db.minutes.get(signed.minute.id))!.text)).toBe(
      'The Chair welcomed everyone.',
    );
  });

  it('takes no new item into signed minutes', async () => {
    await expect(takeItem(signed.meetingId, signed.untakenItemId)).rejects.toBeInstanceOf(
      SignedMinutesRefused,
    );
    await expect(takeItemInMeeting(signed.meetingId, signed.untakenItemId, '18:30')).rejects.toBeInstanceOf(
      SignedMinutesRefused,
    );
    expect(await db.minutes.where('meetingId').equals(signed.meetingId).count()).toBe(1);
  });

  it('adds no one to a signed roll, but opening it again is no change', async () => {
    await openRollCall(signed.meetingId);
    const committee = (await db.meetings.get(signed.meetingId))!.committeeId;
    await addMember(committee, { role: 'member', person: { name: 'Ann Newcomer' } });
    await expect(openRollCall(signed.meetingId)).rejects.toBeInstanceOf(SignedMinutesRefused);
    await openRollCall(signed.meetingId, { reason: 'Councillor Newcomer was left off the roll' });
    expect(
      (await db.attendance.where('meetingId').equals(signed.meetingId).toArray()).map((l) => l.name),
    ).toContain('Ann Newcomer');
  });

  it('lets each write through with the clerk’s reason', async () => {
    const correction = { reason: 'Corrected at the Chair’s request' };
    for (const [what, write] of writes(signed)) {
      const outcome = await write(correction).then(
        () => 'stored',
        (error: Error) => error.message,
      );
      // Past the lock, an election vote still needs its nominations: its own rule answers, not the lock.
      expect(outcome, what).toBe(
        what === 'an election vote'
          ? 'An election vote needs two or more candidates: record each nomination first.'
          : 'stored',
      );
    }
  });

  it('leaves an action’s progress to the action log', async () => {
    await updateAction(signed.actionId, { status: 'done', outcome: 'Plan circulated on 1 March.' });
    expect((await db.actions.get(signed.actionId))?.status).toBe('done');
  });
});
