import { Button, Field, Input, Select } from '@fluentui/react-components';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { db } from '../../../db/database';
import { recordMotion, removeMotion } from '../../../db/repositories/motions';
import { voteResults, type Attendance, type Motion } from '../../../domain/model';
import { tallyOf } from '../../../domain/votes';
import type { VotingRoll } from '../../../domain/vote-eligibility';
import { ErrorMessage } from '../../common/error-message';
import { PersonPicker } from '../../common/person-picker';
import { isInTheRoom } from '../../../domain/quorum';
import { useAction } from '../../common/use-action';
import { useStoredDraft } from '../../common/use-stored-draft';
import { useLiveStyles } from './live-styles';
import { focusWhenDrawn } from '../../common/focus-next';
import { nameIn, type MeetingFrame, type MinuteStub } from './use-live-meeting';
import { useMinuteFacts } from './use-minute-facts';
import { VoteForm } from './vote-form';
import { AsAmendedField, ExclusionMotionForm, WithdrawButton } from './exclusion-motion-form';
import { useVotingRoll, VotingRollHint } from './voting-roll';
import { useChairAtVote, type ChairAtVote } from './chair-now';
import { useSignedCorrection } from '../minutes-approval/signed-correction';

type Draft = { text: string; moverId: string; seconderId: string; amendsMotionId: string };
const blank: Draft = { text: '', moverId: '', seconderId: '', amendsMotionId: '' };

/** Motions and amendments on this minute: mover, seconder, the vote and the result. */
export function MotionsSection({
  frame,
  minute,
  attendance,
}: {
  frame: MeetingFrame;
  minute: MinuteStub;
  attendance: Attendance[];
}) {
  const live = useLiveStyles();
  const [draft, setDraft, clearDraft] = useStoredDraft(`live/motion/${minute.id}`, blank);
  const [move, moving] = useAction(recordMotion);
  const correction = useSignedCorrection();
  // The minute's facts from the live screen's one shared read: typing in the minute redraws nothing here.
  const stored = useMinuteFacts(minute.id);
  const motions = useLiveQuery(
    () => db.motions.where('minuteId').equals(minute.id).sortBy('order'),
    [minute.id],
  );
  const data = useMemo(() => {
    if (!motions || stored === undefined) return undefined;
    const withdrawn = new Set(
      (stored?.proceedings ?? []).flatMap((step) => (step.kind === 'withdrawn' ? [step.motionId] : [])),
    );
    return { motions, withdrawn };
  }, [motions, stored]);
  const roll = useVotingRoll(frame, minute.agendaItemId, attendance);
  const chair = useChairAtVote(frame, minute, attendance);
  if (!data || !roll) return null;
  const lastUnvoted = data.motions
    .filter((motion) => !motion.result && !data.withdrawn.has(motion.id))
    .at(-1);
  const submit = async () => {
    const motion = await move(
      minute.id,
      {
        text: draft.text,
        ...(draft.moverId ? { moverId: draft.moverId } : {}),
        ...(draft.seconderId ? { seconderId: draft.seconderId } : {}),
        ...(draft.amendsMotionId ? { amendsMotionId: draft.amendsMotionId } : {}),
      },
      correction,
    );
    if (motion) {
      clearDraft();
      // The vote comes next: its first field, once the motion is drawn with it.
      focusWhenDrawn(`[data-live-focus="vote"][data-motion-id="${motion.id}"]`);
    }
  };
  // Who may move or second: a member in the room.
  const present = attendance.flatMap((line) =>
    line.kind === 'member' && line.personId && isInTheRoom(line, frame.committee.allowsRemoteAttendance)
      ? (frame.people.get(line.personId) ?? [])
      : [],
  );
  const personPicker = (label: string, key: 'moverId' | 'seconderId', focus?: string) => (
    <PersonPicker
      label={label}
      liveFocus={focus}
      people={present}
      personId={draft[key]}
      onChange={(personId) => setDraft({ ...draft, [key]: personId })}
      placeholder="Not recorded: type a name"
      moveOnWhenPicked
    />
  );
  return (
    <section className={live.section} aria-label="Motions and votes">
      <h3 className={live.sectionTitle}>
        Motions and votes <span className={live.key}>Alt+O</span>
      </h3>
      <VotingRollHint roll={roll} frame={frame} />
      {data.motions.map((motion) => (
        <MotionLine
          key={motion.id}
          motion={motion}
          frame={frame}
          roll={roll}
          chair={chair}
          open={motion.id === lastUnvoted?.id}
          withdrawn={data.withdrawn.has(motion.id)}
          amended={data.motions.some(
            (other) => other.amendsMotionId === motion.id && other.result === 'carried',
          )}
        />
      ))}
      <ErrorMessage error={moving.error} title="The motion was not recorded" />
      <form
        className={live.row}
        aria-label="Move a motion"
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        {personPicker('Moved by', 'moverId', 'motions')}
        {personPicker('Seconded by', 'seconderId')}
        <Field label="Amends">
          <Select
            value={draft.amendsMotionId}
            onChange={(_, d) => setDraft({ ...draft, amendsMotionId: d.value })}
          >
            <option value="">Nothing: a motion</option>
            {data.motions
              .filter((motion) => !motion.amendsMotionId)
              .map((motion) => (
                <option key={motion.id} value={motion.id}>
                  Motion {motion.order + 1}: {motion.text.slice(0, 40)}
                </option>
              ))}
          </Select>
        </Field>
        <Field label="Wording as moved" style={{ flexGrow: 1 }}>
          <Input value={draft.text} onChange={(_, d) => setDraft({ ...draft, text: d.value })} />
        </Field>
        <Button type="submit" disabled={moving.busy}>
          Record motion
        </Button>
      </form>
      <ExclusionMotionForm frame={frame} minute={minute} attendance={attendance} />
    </section>
  );
}

function MotionLine({
  motion,
  frame,
  roll,
  chair,
  open,
  withdrawn,
  amended,
}: {
  motion: Motion;
  frame: MeetingFrame;
  roll: VotingRoll;
  chair: ChairAtVote | undefined;
  /** The motion Alt+B's vote goes to: the last one not yet voted on. */
  open: boolean;
  /** Withdrawn with the meeting's consent: no vote is taken. */
  withdrawn: boolean;
  /** An amendment to it has carried: what is put to the vote is the motion as amended. */
  amended: boolean;
}) {
  const live = useLiveStyles();
  const correction = useSignedCorrection();
  const tally = motion.vote ? tallyOf(motion.vote) : undefined;
  // Named where the chair changed during the meeting, as the minutes name who gave it.
  const castBy = chair?.changed ? chair.presidingAt(motion.id) : undefined;
  return (
    <div role="group" aria-label={`${motion.amendsMotionId ? 'Amendment' : 'Motion'} ${motion.order + 1}`}>
      <strong>{motion.amendsMotionId ? 'Amendment' : 'Motion'}</strong>
      {motion.moverId ? ` moved by ${nameIn(frame.people, motion.moverId)}` : ''}
      {motion.seconderId ? `, seconded by ${nameIn(frame.people, motion.seconderId)}` : ''}: {motion.text}
      {tally && motion.result ? (
        <div>
          {motion.vote?.kind === 'declared'
            ? 'On being put to the vote, clearly'
            : `For ${tally.for}, against ${tally.against}, abstentions ${tally.abstentions}`}
          {motion.castingVote
            ? castBy
              ? `; the casting vote of ${nameIn(frame.people, castBy)} (in the Chair) ${motion.castingVote}`
              : `; the Chair’s casting vote ${motion.castingVote}`
            : ''}
          : <strong>{voteResults[motion.result].toUpperCase()}</strong>
        </div>
      ) : withdrawn ? (
        <div>
          <em>Withdrawn</em>
        </div>
      ) : (
        <>
          {amended ? <AsAmendedField motion={motion} /> : null}
          <VoteForm motionId={motion.id} roll={roll} frame={frame} chair={chair} focusable={open} />
          <WithdrawButton motion={motion} />
        </>
      )}
      <Button
        size="small"
        appearance="subtle"
        className={live.hint}
        onClick={() => void removeMotion(motion.id, correction)}
      >
        Remove
      </Button>
    </div>
  );
}
