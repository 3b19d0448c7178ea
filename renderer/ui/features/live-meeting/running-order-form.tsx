import { Button, Checkbox, Field, Input, Select, Textarea } from '@fluentui/react-components';
import { recordBallot, recordProceeding } from '../../../db/repositories/proceedings';
import type { Attendance, NewProceeding, Proceeding } from '../../../domain/model';
import { ballotCandidates } from '../../../domain/proceeding-wording';
import { ErrorMessage } from '../../common/error-message';
import { focusWhenDrawn } from '../../common/focus-next';
import { useAction } from '../../common/use-action';
import { useStoredDraft } from '../../common/use-stored-draft';
import { useLiveStyles } from './live-styles';
import { nameIn, type MeetingFrame, type MinuteStub } from './use-live-meeting';
import { useSignedCorrection } from '../minutes-approval/signed-correction';

/** The steps recorded here; motions, amendments and their votes have their own form. */
const stepKinds = {
  note: 'A paragraph',
  pointOfOrder: 'Point of order and the Chair’s ruling',
  recordedVoteRequest: 'Request for a recorded vote',
  adjournment: 'Adjournment',
  nomination: 'Nomination',
  noOtherNominations: 'There were no other nominations',
  ballot: 'Election vote between the candidates',
  elected: 'Elected (the resolution)',
  chairChange: 'Change of chair',
} as const;
type StepKind = keyof typeof stepKinds;

type Draft = {
  kind: StepKind;
  text: string;
  personId: string;
  point: string;
  ruling: string;
  supporters: string;
  at: string;
  resumedAt: string;
  reason: string;
  office: string;
  candidateId: string;
  moverId: string;
  seconderId: string;
  method: 'counts' | 'named';
  counts: Record<string, string>;
  choices: Record<string, string>;
  majorityNeeded: boolean;
};
const blank: Draft = {
  kind: 'note',
  text: '',
  personId: '',
  point: '',
  ruling: '',
  supporters: '',
  at: '',
  resumedAt: '',
  reason: '',
  office: '',
  candidateId: '',
  moverId: '',
  seconderId: '',
  method: 'counts',
  counts: {},
  choices: {},
  majorityNeeded: false,
};

const optional = (value: string) => (value ? value : undefined);

/** The step as the repository takes it; a whole-number field left empty is not recorded. */
function stepOf(draft: Draft): NewProceeding {
  switch (draft.kind) {
    case 'note':
      return { kind: 'note', text: draft.text };
    case 'pointOfOrder':
      return {
        kind: 'pointOfOrder',
        personId: optional(draft.personId),
        point: draft.point,
        ruling: draft.ruling,
      };
    case 'recordedVoteRequest':
      return {
        kind: 'recordedVoteRequest',
        personId: optional(draft.personId),
        supporters: draft.supporters.trim() ? Number(draft.supporters) : undefined,
      };
    case 'adjournment':
      return {
        kind: 'adjournment',
        at: optional(draft.at),
        resumedAt: optional(draft.resumedAt),
        reason: draft.reason,
      };
    case 'nomination':
      return {
        kind: 'nomination',
        office: draft.office,
        candidateId: draft.candidateId,
        moverId: optional(draft.moverId),
        seconderId: optional(draft.seconderId),
      };
    case 'noOtherNominations':
      return { kind: 'noOtherNominations', office: draft.office };
    case 'elected':
      return { kind: 'elected', office: draft.office, personId: draft.candidateId };
    case 'chairChange':
      return { kind: 'chairChange', personId: draft.personId };
    case 'ballot':
      throw new Error('An election vote is recorded with recordBallot.');
  }
}

/** The form for the next step of the running order: kept as a draft while typed, cleared once recorded. */
export function RunningOrderForm({
  frame,
  minute,
  attendance,
  order,
}: {
  frame: MeetingFrame;
  minute: MinuteStub;
  attendance: Attendance[];
  order: Proceeding[];
}) {
  const live = useLiveStyles();
  const lastOffice = order.flatMap((step) => ('office' in step ? [step.office] : [])).at(-1) ?? '';
  const [stored, setDraft, clearDraft] = useStoredDraft(`live/proceeding/${minute.id}`, blank);
  const draft: Draft = { ...blank, ...stored, office: stored.office || lastOffice };
  const set = (change: Partial<Draft>) => setDraft({ ...draft, ...change });
  const members = attendance.filter((line) => line.kind === 'member' && line.personId);
  const round = order.filter((step) => step.kind === 'ballot' && step.office === draft.office).length + 1;
  const candidates = ballotCandidates(order, { office: draft.office, round, id: '' });
  const correction = useSignedCorrection();
  const [record, recording] = useAction(async (next: Draft) => {
    if (next.kind !== 'ballot') return recordProceeding(minute.id, stepOf(next), correction);
    const ballot = { office: next.office, round, majorityNeeded: next.majorityNeeded };
    return next.method === 'counts'
      ? recordBallot(
          minute.id,
          {
            ...ballot,
            method: 'counts',
            counts: candidates.map((candidateId) => ({
              candidateId,
              votes: Number(next.counts[candidateId] ?? 0),
            })),
          },
          correction,
        )
      : recordBallot(
          minute.id,
          {
            ...ballot,
            method: 'named',
            choices: Object.entries(next.choices).flatMap(([personId, candidateId]) =>
              candidateId ? [{ personId, candidateId }] : [],
            ),
          },
          correction,
        );
  });
  const submit = async () => {
    const done = await record(draft);
    if (!done) return;
    // The next step starts where this one did, with the same office for an election's next step.
    clearDraft({ ...blank, kind: draft.kind === 'nomination' ? 'nomination' : 'note', office: draft.office });
    focusWhenDrawn('[data-live-focus="proceedings"]');
  };
  const person = (label: string, key: 'personId' | 'moverId' | 'seconderId' | 'candidateId') => (
    <Field label={label}>
      <Select value={draft[key]} onChange={(_, d) => set({ [key]: d.value })}>
        <option value="">{key === 'candidateId' || key === 'personId' ? 'Choose…' : 'Not recorded'}</option>
        {members.map((line) => (
          <option key={line.id} value={line.personId}>
            {line.name}
          </option>
        ))}
      </Select>
    </Field>
  );
  const office = (
    <Field label="Office" hint="As the resolution prints it: Chair of the Council for the ensuing year">
      <Input value={draft.office} onChange={(_, d) => set({ office: d.value })} />
    </Field>
  );
  return (
    <form
      aria-label="Record the next step"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <div className={live.row}>
        <Field label="Next step">
          <Select
            data-live-focus="proceedings"
            value={draft.kind}
            onChange={(_, d) => set({ kind: d.value as StepKind })}
          >
            {Object.entries(stepKinds).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </Select>
        </Field>
        {draft.kind === 'note' ? (
          <Field label="Paragraph" style={{ flexGrow: 1 }}>
            <Textarea value={draft.text} rows={2} onChange={(_, d) => set({ text: d.value })} />
          </Field>
        ) : null}
        {draft.kind === 'pointOfOrder' ? (
          <>
            {person('Raised by', 'personId')}
            <Field label="The point of order">
              <Input value={draft.point} onChange={(_, d) => set({ point: d.value })} />
            </Field>
            <Field label="The Chair ruled">
              <Input value={draft.ruling} onChange={(_, d) => set({ ruling: d.value })} />
            </Field>
          </>
        ) : null}
        {draft.kind === 'recordedVoteRequest' ? (
          <>
            {person('Requested by', 'personId')}
            <Field label="Members supporting (where standing orders need a number)">
              <Input
                inputMode="numeric"
                value={draft.supporters}
                onChange={(_, d) => set({ supporters: d.value })}
              />
            </Field>
          </>
        ) : null}
        {draft.kind === 'adjournment' ? (
          <>
            <Field label="Adjourned at">
              <Input type="time" value={draft.at} onChange={(_, d) => set({ at: d.value })} />
            </Field>
            <Field label="Resumed at">
              <Input type="time" value={draft.resumedAt} onChange={(_, d) => set({ resumedAt: d.value })} />
            </Field>
            <Field label="Why (optional)">
              <Input value={draft.reason} onChange={(_, d) => set({ reason: d.value })} />
            </Field>
          </>
        ) : null}
        {draft.kind === 'nomination' ? (
          <>
            {office}
            {person('Nominated', 'candidateId')}
            {person('Moved by', 'moverId')}
            {person('Seconded by', 'seconderId')}
          </>
        ) : null}
        {draft.kind === 'noOtherNominations' ? office : null}
        {draft.kind === 'elected' ? (
          <>
            {office}
            {person('Elected', 'candidateId')}
          </>
        ) : null}
        {draft.kind === 'chairChange' ? person('Took the Chair', 'personId') : null}
      </div>
      {draft.kind === 'ballot' ? (
        <BallotFields
          draft={draft}
          set={set}
          candidates={candidates}
          round={round}
          frame={frame}
          members={members}
        />
      ) : null}
      <ErrorMessage error={recording.error} title="Not recorded" />
      <Button type="submit" disabled={recording.busy}>
        Add to the minute
      </Button>
    </form>
  );
}

function BallotFields({
  draft,
  set,
  candidates,
  round,
  frame,
  members,
}: {
  draft: Draft;
  set: (change: Partial<Draft>) => void;
  candidates: string[];
  round: number;
  frame: MeetingFrame;
  members: Attendance[];
}) {
  const live = useLiveStyles();
  return (
    <div className={live.section}>
      <div className={live.row}>
        <Field label={`Office (round ${round})`}>
          <Input value={draft.office} onChange={(_, d) => set({ office: d.value })} />
        </Field>
        <Field label="How the vote was taken">
          <Select value={draft.method} onChange={(_, d) => set({ method: d.value as Draft['method'] })}>
            <option value="counts">Show of hands (counts)</option>
            <option value="named">By name</option>
          </Select>
        </Field>
        <Checkbox
          label="Our rules need a majority of the votes cast (else another round)"
          checked={draft.majorityNeeded}
          onChange={(_, d) => set({ majorityNeeded: d.checked === true })}
        />
      </div>
      {candidates.length < 2 ? (
        <p className={live.hint}>Record two or more nominations for this office first.</p>
      ) : draft.method === 'counts' ? (
        <div className={live.row}>
          {candidates.map((candidateId) => (
            <Field key={candidateId} label={`Votes for ${nameIn(frame.people, candidateId)}`}>
              <Input
                inputMode="numeric"
                value={draft.counts[candidateId] ?? ''}
                onChange={(_, d) => set({ counts: { ...draft.counts, [candidateId]: d.value } })}
              />
            </Field>
          ))}
        </div>
      ) : (
        <div className={live.row}>
          {members.map((line) => (
            <Field key={line.id} label={`${line.name} voted for`}>
              <Select
                value={draft.choices[line.personId ?? ''] ?? ''}
                onChange={(_, d) => set({ choices: { ...draft.choices, [line.personId ?? '']: d.value } })}
              >
                <option value="">Did not vote</option>
                {candidates.map((candidateId) => (
                  <option key={candidateId} value={candidateId}>
                    {nameIn(frame.people, candidateId)}
                  </option>
                ))}
              </Select>
            </Field>
          ))}
        </div>
      )}
    </div>
  );
}
