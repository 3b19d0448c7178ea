import { Button, Field, Input, Select, makeStyles, tokens } from '@fluentui/react-components';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import { db } from '../../../db/database';
import { committeeProblems, saveCommittee } from '../../../db/repositories/committees';
import {
  committeeTypes,
  minuteNumberingSchemes,
  type Committee,
  type CommitteeType,
  type MinuteNumberingScheme,
} from '../../../domain/model';
import { DraftNote } from '../../common/draft-note';
import { PersonPicker } from '../../common/person-picker';
import { ErrorMessage } from '../../common/error-message';
import { Loading } from '../../common/loading';
import { Page } from '../../common/page';
import { useAction } from '../../common/use-action';
import { useStoredDraft } from '../../common/use-stored-draft';
import { StandingItemsEditor } from './standing-items-editor';
import { CommitteeHouseStyle } from './committee-house-style';
import { MinuteNumberFormatFields, formatForTypedNumber } from './minute-number-format-fields';
import { labelOptions } from '../../common/label-options';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '48rem' },
});

export function EditCommitteePage() {
  const { committeeId = '' } = useParams();
  const committee = useLiveQuery(() => db.committees.get(committeeId), [committeeId]);
  if (committee === undefined) return <Loading what="the committee" />;
  if (committee === null) return <p>That committee no longer exists.</p>;
  return <CommitteeForm committee={committee} />;
}

type Typed = { quorum?: string; firstMinuteNumber?: string };
type Draft = { committee: Committee; typed: Typed };

/**
 * Every detail of a committee, saved together once it all checks out. What the clerk types is kept as a draft
 * until saved, so leaving the screen or closing Chamber loses nothing.
 */
function CommitteeForm({ committee }: { committee: Committee }) {
  const styles = useStyles();
  const navigate = useNavigate();
  const stored = useMemo<Draft>(() => ({ committee, typed: {} }), [committee]);
  const [kept, keep, forget, , restored] = useStoredDraft(`committee/${committee.id}`, stored);
  const draft = kept.committee;
  // What the clerk typed stays in the box, so a refused "three" is still there to correct.
  const typed = kept.typed;
  const [problems, setProblems] = useState<ReturnType<typeof committeeProblems>>({});
  const others = useLiveQuery(
    () =>
      db.committees
        .orderBy('name')
        .filter((other) => other.id !== committee.id)
        .toArray(),
    [committee.id],
  );
  const people = useLiveQuery(() => db.people.toArray(), []);
  const [save, { busy, error }] = useAction(async (changes: Partial<Committee>) => {
    await saveCommittee(committee.id, changes);
    return true;
  });
  const change = (changes: Partial<Committee>, typing: Typed = {}) =>
    keep({ committee: { ...draft, ...changes }, typed: { ...typed, ...typing } });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = committeeProblems(draft);
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    const { id: _id, ...changes } = draft;
    if (!(await save(changes))) return;
    forget();
    void navigate(`/committees/${committee.id}`);
  };
  const number = (value: string) => (/^\d+$/.test(value.trim()) ? Number(value) : Number.NaN);
  return (
    <Page title={`Edit ${committee.name}`}>
      <form className={styles.form} onSubmit={(event) => void submit(event)} noValidate>
        <ErrorMessage error={error} title="The committee was not saved" />
        <DraftNote
          restored={restored}
          onDiscard={() => forget()}
          what="Changes to this committee that were never saved are back. Save them, or discard them."
        />
        <Field label="Name" required validationMessage={problems.name}>
          <Input value={draft.name} onChange={(_, data) => change({ name: data.value })} />
        </Field>
        <Field label="Short name">
          <Input value={draft.shortName} onChange={(_, data) => change({ shortName: data.value })} />
        </Field>
        <Field label="Type">
          <Select value={draft.type} onChange={(_, data) => change({ type: data.value as CommitteeType })}>
            {labelOptions(committeeTypes)}
          </Select>
        </Field>
        <Field label="Parent committee">
          <Select
            value={draft.parentId ?? ''}
            onChange={(_, data) => change({ parentId: data.value || undefined })}
          >
            <option value="">None</option>
            {(others ?? []).map((other) => (
              <option key={other.id} value={other.id}>
                {other.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Quorum (members needed for business)" validationMessage={problems.quorum}>
          <Input
            inputMode="numeric"
            value={typed.quorum ?? String(draft.quorum)}
            onChange={(_, data) => change({ quorum: number(data.value) }, { quorum: data.value })}
          />
        </Field>
        <PersonPicker
          label="Contact officer"
          people={people ?? []}
          personId={draft.contactOfficerId ?? ''}
          onChange={(id) => change({ contactOfficerId: id || undefined })}
        />
        <Field label="Usual venue">
          <Input value={draft.defaultVenue} onChange={(_, data) => change({ defaultVenue: data.value })} />
        </Field>
        <Field label="Usual start time" validationMessage={problems.defaultStartTime}>
          <Input
            type="time"
            value={draft.defaultStartTime}
            onChange={(_, data) => change({ defaultStartTime: data.value })}
          />
        </Field>
        <Field label="Minute numbering">
          <Select
            value={draft.minuteNumbering}
            onChange={(_, data) => change({ minuteNumbering: data.value as MinuteNumberingScheme })}
          >
            {labelOptions(minuteNumberingSchemes)}
          </Select>
        </Field>
        <Field
          label="Number of the next minute (before any are recorded here)"
          validationMessage={problems.firstMinuteNumber}
        >
          <Input
            inputMode="numeric"
            value={typed.firstMinuteNumber ?? String(draft.firstMinuteNumber)}
            onChange={(_, data) =>
              change(
                { firstMinuteNumber: number(data.value), ...formatForTypedNumber(draft, data.value) },
                { firstMinuteNumber: data.value },
              )
            }
          />
        </Field>
        <MinuteNumberFormatFields draft={draft} change={change} />
        <CommitteeHouseStyle style={draft.houseStyle} onChange={(houseStyle) => change({ houseStyle })} />
        <h2>Standing items</h2>
        <Field validationMessage={problems.standingItems}>
          <span>New meetings start their agenda from these, in this order.</span>
        </Field>
        <StandingItemsEditor
          items={draft.standingItems}
          onChange={(standingItems) => change({ standingItems })}
        />
        <div>
          <Button appearance="primary" type="submit" disabled={busy}>
            Save changes
          </Button>{' '}
          <Button
            onClick={() => {
              forget();
              void navigate(`/committees/${committee.id}`);
            }}
          >
            Cancel
          </Button>
        </div>
      </form>
    </Page>
  );
}
