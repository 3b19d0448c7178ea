import {
  Button,
  Checkbox,
  Field,
  Input,
  Select,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { loadPlannedMeetings } from '../../../db/read/publishing';
import { addPlannedDecision, savePlannedDecision } from '../../../db/repositories/planned-decisions';
import { formatShortDate } from '../../../domain/en-gb';
import { exemptParagraphs, type ExemptParagraph, type PlannedDecision } from '../../../domain/model';
import {
  blankPlannedDecision,
  linesOf,
  plannedDecisionProblems,
  type PlannedDecisionDetails,
} from '../../../domain/planned-decision';
import { ErrorMessage } from '../../common/error-message';
import { useAction } from '../../common/use-action';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '48rem' },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
});

/** What the form holds: wards and documents as typed, one a line, until they are stored. */
type Draft = Omit<PlannedDecisionDetails, 'wards' | 'documents'> & {
  wards: string;
  documents: string;
  agendaItemId: string;
};

function draftOf(entry: PlannedDecision | undefined): Draft {
  const { id: _id, agendaItemId, ...details } = entry ?? { ...blankPlannedDecision, id: '' };
  return {
    ...details,
    wards: details.wards.join('\n'),
    documents: details.documents.join('\n'),
    agendaItemId: agendaItemId ?? '',
  };
}

function detailsOf(draft: Draft): PlannedDecisionDetails {
  const { agendaItemId: _item, exemptParagraph, ...rest } = draft;
  return {
    ...rest,
    wards: linesOf(draft.wards),
    documents: linesOf(draft.documents),
    ...(exemptParagraph ? { exemptParagraph } : {}),
  };
}

async function store(id: string | undefined, draft: Draft): Promise<true> {
  const item = draft.agendaItemId || undefined;
  if (id) await savePlannedDecision(id, detailsOf(draft), item);
  else await addPlannedDecision(detailsOf(draft), item);
  return true;
}

/**
 * A key decision on the forward plan that is not on an agenda yet (or is taken by one person): the matter, the
 * decision maker, the expected date, documents, and whether it will be taken in private and why. Naming the
 * agenda item it is now on shows the item on the plan in its place.
 */
export function PlannedDecisionForm({
  entry,
  today,
  onDone,
}: {
  entry?: PlannedDecision;
  today: string;
  onDone: () => void;
}) {
  const styles = useStyles();
  const [draft, setDraft] = useState<Draft>(() => draftOf(entry));
  const [problems, setProblems] = useState<ReturnType<typeof plannedDecisionProblems>>({});
  const [run, { busy, error }] = useAction(store);
  const matter = useRef<HTMLInputElement>(null);
  // Opened from a button, the form takes the keys next: the clerk types the matter without reaching for it.
  useEffect(() => matter.current?.focus(), []);
  const items = useLiveQuery(async () => {
    const { meetings } = await loadPlannedMeetings(today);
    return meetings
      .filter((planned) => planned.meeting.status !== 'cancelled')
      .sort((a, b) => a.meeting.date.localeCompare(b.meeting.date))
      .flatMap((planned) =>
        planned.agendaItems.map((item) => ({
          id: item.id,
          label: `${planned.committee.name}, ${formatShortDate(planned.meeting.date)}: ${item.title}`,
        })),
      );
  }, [today]);
  const change = (changes: Partial<Draft>) => setDraft({ ...draft, ...changes });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = plannedDecisionProblems(detailsOf(draft));
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    if (await run(entry?.id, draft)) onDone();
  };
  const line = (label: string, key: 'matter' | 'decisionMaker' | 'responsibleOfficer', hint?: string) => (
    <Field
      label={label}
      hint={hint}
      required={key !== 'responsibleOfficer'}
      validationMessage={problems[key]}
    >
      <Input
        {...(key === 'matter' ? { ref: matter } : {})}
        value={draft[key]}
        onChange={(_, data) => change({ [key]: data.value })}
      />
    </Field>
  );
  const title = entry ? `Change “${entry.matter}”` : 'Add a key decision to the plan';
  return (
    <form className={styles.form} aria-label={title} noValidate onSubmit={(event) => void submit(event)}>
      <h2>{title}</h2>
      <ErrorMessage error={error} title="The entry was not saved" />
      {line('Matter', 'matter', 'What the decision is about, as the plan prints it.')}
      <div className={styles.row}>
        {line('Decision maker', 'decisionMaker', 'The Cabinet, a committee, or a cabinet member.')}
        <Field label="Expected date" required validationMessage={problems.expectedDate}>
          <Input
            type="date"
            value={draft.expectedDate}
            onChange={(_, data) => change({ expectedDate: data.value })}
          />
        </Field>
        {line('Responsible officer', 'responsibleOfficer')}
      </div>
      <Field label="Wards affected" hint="One a line. Leave empty for all wards.">
        <Textarea value={draft.wards} onChange={(_, data) => change({ wards: data.value })} />
      </Field>
      <Field label="Documents to be considered" hint="One a line. Leave empty if none is known yet.">
        <Textarea value={draft.documents} onChange={(_, data) => change({ documents: data.value })} />
      </Field>
      <Checkbox
        label="To be taken in private (exempt information)"
        checked={draft.inPrivate}
        onChange={(_, data) => change({ inPrivate: Boolean(data.checked) })}
      />
      {draft.inPrivate ? (
        <>
          <Field label="Schedule 12A paragraph" required validationMessage={problems.exemptParagraph}>
            <Select
              value={draft.exemptParagraph ? String(draft.exemptParagraph) : ''}
              onChange={(_, data) => {
                const { exemptParagraph: _old, ...rest } = draft;
                setDraft(
                  data.value ? { ...rest, exemptParagraph: Number(data.value) as ExemptParagraph } : rest,
                );
              }}
            >
              <option value="">Choose a paragraph</option>
              {Object.entries(exemptParagraphs).map(([paragraph, words]) => (
                <option key={paragraph} value={paragraph}>
                  {paragraph}: {words}
                </option>
              ))}
            </Select>
          </Field>
          <Field
            label="Why the public interest in keeping it private outweighs disclosing it"
            required
            validationMessage={problems.privateReason}
          >
            <Textarea
              value={draft.privateReason}
              onChange={(_, data) => change({ privateReason: data.value })}
            />
          </Field>
        </>
      ) : null}
      <Field
        label="Now on an agenda as"
        hint="Once the decision is on an agenda, choose its item: the plan then shows the item instead of this entry."
      >
        <Select value={draft.agendaItemId} onChange={(_, data) => change({ agendaItemId: data.value })}>
          <option value="">Not on an agenda yet</option>
          {(items ?? []).map((item) => (
            <option key={item.id} value={item.id}>
              {item.label}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.row}>
        <Button appearance="primary" type="submit" disabled={busy}>
          {entry ? 'Save the entry' : 'Add to the plan'}
        </Button>
        <Button onClick={onDone}>Cancel</Button>
      </div>
    </form>
  );
}
