import { Button, Field, Radio, RadioGroup, Select, SpinButton } from '@fluentui/react-components';
import { recordVote } from '../../../db/repositories/motions';
import { voteResults, type Vote, type VoteChoice, type VoteResult } from '../../../domain/model';
import { causesWords, type VotingRoll } from '../../../domain/vote-eligibility';
import { ErrorMessage } from '../../common/error-message';
import { useAction } from '../../common/use-action';
import { useStoredDraft } from '../../common/use-stored-draft';
import { focusWhenDrawn } from '../../common/focus-next';
import { useLiveStyles } from './live-styles';
import type { ChairAtVote } from './chair-now';
import { NamedVoteLists, namedChoices, type NamedChoices } from './named-vote-lists';
import { tallyOf } from '../../../domain/votes';
import { nameIn, type MeetingFrame } from './use-live-meeting';
import { useSignedCorrection } from '../minutes-approval/signed-correction';

type VoteDraft = {
  kind: Vote['kind'];
  counts: { for: number; against: number; abstentions: number };
  choices: NamedChoices;
  casting: VoteChoice | '';
  /** For a result declared without a count. Missing in drafts kept before it existed. */
  declared?: VoteResult;
};
const noVote: VoteDraft = {
  kind: 'counts',
  counts: { for: 0, against: 0, abstentions: 0 },
  choices: {},
  casting: '',
};

/**
 * The vote on a motion: counts (for, against, abstentions), a recorded vote by name, or a result declared
 * without a count. It names who is in the Chair at this vote (after a change of chair, the new chair), and offers
 * the casting vote only when the votes for and against are equal, as that member's, as the minutes print it.
 * A recorded vote offers only the members who may vote on the item now (named-vote-lists.tsx), and says why the
 * others are not offered.
 */
export function VoteForm({
  motionId,
  roll,
  frame,
  chair,
  focusable = false,
}: {
  motionId: string;
  roll: VotingRoll;
  frame: MeetingFrame;
  /** Who presides at this vote (after a change of chair, the new chair); undefined while it loads. */
  chair: ChairAtVote | undefined;
  /** Whether Alt+B lands here (the last motion not yet voted on). */
  focusable?: boolean;
}) {
  const live = useLiveStyles();
  const [draft, setDraft, clearDraft] = useStoredDraft(`live/vote/${motionId}`, noVote);
  const { kind, counts, choices, casting } = draft;
  const setKind = (value: Vote['kind']) => setDraft({ ...draft, kind: value });
  const setCounts = (value: VoteDraft['counts']) => setDraft({ ...draft, counts: value });
  const setChoices = (value: VoteDraft['choices']) => setDraft({ ...draft, choices: value });
  const setCasting = (value: VoteChoice | '') => setDraft({ ...draft, casting: value });
  const [vote, voting] = useAction(recordVote);
  const correction = useSignedCorrection();
  // The casting vote is offered on equal votes only, and to whoever is in the Chair at this vote.
  const tally =
    kind === 'counts'
      ? counts
      : kind === 'recorded'
        ? tallyOf({ kind, choices: namedChoices(choices) })
        : undefined;
  const tied =
    tally !== undefined && tally.for === tally.against && tally.for + tally.against + tally.abstentions > 0;
  const presiding = chair?.presidingAt(motionId);
  const chairName = presiding ? nameIn(frame.people, presiding) : undefined;
  const notOffered = roll.excluded.filter((member) => !choices[member.personId]);
  const submit = () => {
    const cast: Vote =
      kind === 'counts'
        ? { kind, ...counts }
        : kind === 'declared'
          ? { kind, result: draft.declared ?? 'carried' }
          : { kind, choices: namedChoices(choices) };
    void vote(motionId, cast, (tied && casting) || undefined, correction).then((recorded) => {
      if (recorded === undefined) return;
      clearDraft();
      // An amendment carried: the clerk types the substantive motion as amended next. Otherwise the next
      // motion, if there is one, starts with who moved it.
      focusWhenDrawn(
        recorded.amendsMotionId && recorded.result === 'carried'
          ? `[data-live-focus="as-amended"][data-motion-id="${recorded.amendsMotionId}"]`
          : '[data-live-focus="motions"]',
      );
    });
  };
  return (
    <div className={live.section}>
      {chairName ? <p className={live.hint}>In the Chair: {chairName}</p> : null}
      <RadioGroup
        data-live-focus={focusable ? 'vote' : undefined}
        data-motion-id={motionId}
        layout="horizontal"
        value={kind}
        onChange={(_, d) => setKind(d.value as Vote['kind'])}
        aria-label="How the vote is recorded"
      >
        <Radio value="counts" label="Counts" />
        <Radio value="recorded" label="Recorded vote (by name)" />
        <Radio value="declared" label="Result only (no count)" />
      </RadioGroup>
      {kind === 'declared' ? (
        <Field label="The Chair declared the motion">
          <Select
            value={draft.declared ?? 'carried'}
            onChange={(_, d) => setDraft({ ...draft, declared: d.value as VoteResult })}
          >
            {Object.entries(voteResults).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </Select>
        </Field>
      ) : kind === 'counts' ? (
        <div className={live.row}>
          {(['for', 'against', 'abstentions'] as const).map((key) => (
            <Field key={key} label={key === 'for' ? 'For' : key === 'against' ? 'Against' : 'Abstentions'}>
              <SpinButton
                min={0}
                value={counts[key]}
                onChange={(_, d) => setCounts({ ...counts, [key]: d.value ?? Number(d.displayValue ?? 0) })}
              />
            </Field>
          ))}
        </div>
      ) : (
        <>
          <NamedVoteLists
            motionId={motionId}
            roll={roll}
            frame={frame}
            choices={choices}
            onChange={setChoices}
          />
          {notOffered.length > 0 ? (
            <p className={live.hint}>
              Not offered:{' '}
              {notOffered
                .map((member) => `${nameIn(frame.people, member.personId)} (${causesWords(member.causes)})`)
                .join('; ')}
              .
            </p>
          ) : null}
        </>
      )}
      <div className={live.row}>
        {tied ? (
          <Field
            label={chairName ? `Casting vote of ${chairName} (in the Chair)` : 'The Chair’s casting vote'}
            hint="The votes for and against are equal."
          >
            <Select value={casting} onChange={(_, d) => setCasting(d.value as VoteChoice | '')}>
              <option value="">None</option>
              <option value="for">For</option>
              <option value="against">Against</option>
            </Select>
          </Field>
        ) : null}
        <Button onClick={submit} disabled={voting.busy}>
          Record the vote
        </Button>
      </div>
      <ErrorMessage error={voting.error} title="The vote was not recorded" />
    </div>
  );
}
