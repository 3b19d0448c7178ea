import {
  Checkbox,
  Field,
  Input,
  Radio,
  RadioGroup,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useMemo, useState, type FormEvent } from 'react';
import {
  recordIndividualDecision,
  saveIndividualDecision,
} from '../../../db/repositories/individual-decisions';
import {
  blankIndividualDecision,
  individualDecisionProblems,
  type IndividualDecisionDetails,
} from '../../../domain/individual-decision';
import { decisionTakers, type DecisionTaker, type IndividualDecision } from '../../../domain/model';
import { DraftNote } from '../../common/draft-note';
import { ErrorMessage } from '../../common/error-message';
import { useAction } from '../../common/use-action';
import { useStoredDraft } from '../../common/use-stored-draft';
import { SaveRow } from '../../common/save-row';
import { PartFields } from '../agenda/exempt-fields';
import { UrgencyFields } from './urgency-fields';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '48rem' },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
});

type LongField = 'decision' | 'reasons' | 'alternatives' | 'interests' | 'dispensations';

function detailsOf(stored: IndividualDecision | undefined): IndividualDecisionDetails {
  if (!stored) return blankIndividualDecision;
  const {
    id: _id,
    noticePublishedOn: _notice,
    callIn: _callIn,
    exemptHistory: _history,
    ...details
  } = stored;
  return details;
}

async function store(id: string | undefined, details: IndividualDecisionDetails): Promise<string> {
  if (!id) return recordIndividualDecision(details);
  await saveIndividualDecision(id, details);
  return id;
}

/**
 * A decision taken by one person, as its notice prints it: who took it (a cabinet member for their portfolio, or
 * an officer under delegation) and when, what was decided and why, the alternatives, interests, dispensations
 * and urgency. Kept as a draft while typed; `onSaved` gets the decision's id once it is stored.
 */
export function IndividualDecisionForm({
  stored,
  onSaved,
}: {
  stored?: IndividualDecision;
  onSaved: (id: string) => void;
}) {
  const styles = useStyles();
  const asStored = useMemo(() => detailsOf(stored), [stored]);
  const [draft, keep, forget, , restored] = useStoredDraft(
    `individual-decision/${stored?.id ?? 'new'}`,
    asStored,
  );
  const [problems, setProblems] = useState<ReturnType<typeof individualDecisionProblems>>({});
  const [saved, setSaved] = useState(false);
  const [run, { busy, error }] = useAction(store);
  const change = (changes: Partial<IndividualDecisionDetails>) => {
    setSaved(false);
    keep({ ...draft, ...changes });
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = individualDecisionProblems(draft);
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    const id = await run(stored?.id, draft);
    if (!id) return;
    forget(stored ? draft : undefined);
    setSaved(true);
    onSaved(id);
  };
  const line = (label: string, key: 'title' | 'decisionMaker' | 'portfolio', hint?: string) => (
    <Field label={label} hint={hint} required validationMessage={problems[key]}>
      <Input value={draft[key]} onChange={(_, data) => change({ [key]: data.value })} />
    </Field>
  );
  const text = (label: string, key: LongField, hint: string, required = false) => (
    <Field label={label} hint={hint} required={required} validationMessage={problems[key]}>
      <Textarea resize="vertical" value={draft[key]} onChange={(_, data) => change({ [key]: data.value })} />
    </Field>
  );
  return (
    <form
      className={styles.form}
      aria-label="The decision"
      noValidate
      onSubmit={(event) => void submit(event)}
    >
      <DraftNote
        restored={restored}
        onDiscard={() => forget()}
        what="This decision has changes that were never saved (kept from before). Save them, or discard them."
      />
      <ErrorMessage error={error} title="The decision was not saved" />
      {line('Title', 'title', 'What the decision is about, as the notice and the tracker list it.')}
      <Field label="Taken by">
        <RadioGroup
          layout="horizontal"
          value={draft.takenBy}
          onChange={(_, data) => change({ takenBy: data.value as DecisionTaker })}
        >
          {(Object.keys(decisionTakers) as DecisionTaker[]).map((taker) => (
            <Radio key={taker} value={taker} label={decisionTakers[taker]} />
          ))}
        </RadioGroup>
      </Field>
      <div className={styles.row}>
        {line('Decision maker', 'decisionMaker', 'Their name, as the notice prints it.')}
        {line(
          draft.takenBy === 'officer' ? 'Post and delegation' : 'Portfolio',
          'portfolio',
          draft.takenBy === 'officer' ? 'The officer’s post and the delegation they acted under.' : undefined,
        )}
        <Field label="Date taken" required validationMessage={problems.decidedOn}>
          <Input
            type="date"
            value={draft.decidedOn}
            onChange={(_, data) => change({ decidedOn: data.value })}
          />
        </Field>
      </div>
      <Checkbox
        label="Key decision (on the forward plan 28 clear days ahead)"
        checked={draft.keyDecision}
        onChange={(_, data) => change({ keyDecision: Boolean(data.checked) })}
      />
      <PartFields
        label="Taken in public or in private"
        part={draft.part ?? 'A'}
        paragraph={draft.exemptParagraph}
        reason={draft.publicInterestReason ?? ''}
        problems={problems}
        onChange={change}
      />
      {draft.part === 'B' ? (
        <Text as="p">
          Its published notice gives only the title, the decision maker, the date and the call-in: what was
          decided, the reasons and the rest are withheld, with the paragraph above.
        </Text>
      ) : null}
      {text('What was decided', 'decision', 'The decision, as the notice prints it.', true)}
      {text('Reasons for the decision', 'reasons', 'As the decision notice will print them.', true)}
      {text(
        'Alternative options considered and rejected',
        'alternatives',
        'Each option, and why it was rejected. Leave empty for none.',
      )}
      {text('Interests declared', 'interests', 'One a line: who declared what. Leave empty for none.')}
      {text(
        'Dispensations granted',
        'dispensations',
        'Any dispensation the decision maker held despite an interest. Leave empty for none.',
      )}
      <UrgencyFields
        urgent={draft.urgent}
        urgencyReason={draft.urgencyReason}
        problem={problems.urgencyReason}
        onChange={change}
      />
      <SaveRow busy={busy} saved={saved && !error}>
        {stored ? 'Save the decision' : 'Record the decision'}
      </SaveRow>
    </form>
  );
}
