import { Button, Field, Radio, RadioGroup, Select, SpinButton } from '@fluentui/react-components';
import { recordVote } from '../../../db/repositories/motions';
import { voteResults, type Vote, type VoteChoice, type VoteResult } from '../../../domain/model';
import { causesWords, type VotingRoll } from '../../../domain/vote-eligibility';
import { ErrorMessage } from '../../common/error-message';
import { useAction } from '../../common/use-action';
import { useStoredDraft } from '../../common/use-stored-draft';
import { focusWhenDrawn } from '../../common/focus-next';
import { useLiveStyles } from './live-styles';
import { nameIn, type MeetingFrame } from './use-live-meeting';
import { useSignedCorrection } from '../minutes-approval/signed-correction';

type VoteDraft = {
  kind: Vote['kind'];
  counts: { for: number; against: number; abstentions: number };
  choices: Record<string, VoteChoice | ''>;
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
 * The vote on a motion: counts (for, against, abstentions) or a recorded vote by name; the Chair's casting vote.
 * A recorded vote offers only the members who may vote on the item now, and says why the others are not
 * offered. A member given a vote before they were kept out (a bar recorded after the roll was taken) stays in
 * the list, marked, so the clerk sees why the vote is refused and can clear it.
 */
export function VoteForm({
  motionId,
  roll,
  frame,
  focusable = false,
}: {
  motionId: string;
  roll: VotingRoll;
  frame: MeetingFrame;
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
  const keptOut = roll.excluded.filter((member) => choices[member.personId]);
  const notOffered = roll.excluded.filter((member) => !choices[member.personId]);
  const named = [
    ...roll.eligible.map((personId) => ({ personId, label: nameIn(frame.people, personId) })),
    ...keptOut.map((member) => ({
      personId: member.personId,
      label: `${nameIn(frame.people, member.personId)} (cannot vote: ${causesWords(member.causes)})`,
    })),
  ];
  const submit = () => {
    const cast: Vote =
      kind === 'counts'
        ? { kind, ...counts }
        : kind === 'declared'
          ? { kind, result: draft.declared ?? 'carried' }
          : {
              kind,
              // Only the names on screen: a choice left in the draft for someone no longer listed is not sent unseen.
              choices: named.flatMap(({ personId }) => {
                const choice = choices[personId];
                return choice ? [{ personId, choice }] : [];
              }),
            };
    void vote(motionId, cast, (kind !== 'declared' && casting) || undefined, correction).then((recorded) => {
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
          <div className={live.row} role="group" aria-label="How each member voted">
            {named.map(({ personId, label }) => (
              <Field key={personId} label={label}>
                <Select
                  value={choices[personId] ?? ''}
                  onChange={(_, d) => setChoices({ ...choices, [personId]: d.value as VoteChoice | '' })}
                >
                  <option value="">Did not vote</option>
                  <option value="for">For</option>
                  <option value="against">Against</option>
                  <option value="abstain">Abstained</option>
                </Select>
              </Field>
            ))}
          </div>
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
        {kind === 'declared' ? null : (
          <Field label="Chair’s casting vote (equal votes only)">
            <Select value={casting} onChange={(_, d) => setCasting(d.value as VoteChoice | '')}>
              <option value="">None</option>
              <option value="for">For</option>
              <option value="against">Against</option>
            </Select>
          </Field>
        )}
        <Button onClick={submit} disabled={voting.busy}>
          Record the vote
        </Button>
      </div>
      <ErrorMessage error={voting.error} title="The vote was not recorded" />
    </div>
  );
}
