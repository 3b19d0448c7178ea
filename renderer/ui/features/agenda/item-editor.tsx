import { Checkbox, Field, Input, Switch, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo, useState, type FormEvent } from 'react';
import { agendaItemProblems, saveAgendaItem, type AgendaItemDetails } from '../../../db/repositories/agenda';
import { saveAgendaItemPart, undoPartChange } from '../../../db/repositories/agenda-part';
import type { AgendaItem } from '../../../domain/model';
import { CoverAnswerFields } from './cover-answer-fields';
import { DraftNote } from '../../common/draft-note';
import { ErrorMessage } from '../../common/error-message';
import { offerUndo } from '../../common/undo';
import { useAction } from '../../common/use-action';
import { useStoredDraft } from '../../common/use-stored-draft';
import { PartFields } from './exempt-fields';
import { PartChangeDialog } from './part-change-dialog';
import { UrgentFields } from './urgent-fields';
import { SaveRow } from '../../common/save-row';

const useStyles = makeStyles({
  form: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    maxWidth: '48rem',
    padding: tokens.spacingVerticalM,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
});

type Draft = { details: AgendaItemDetails; wards: string };

/** Saving says whether it worked, so a failed save keeps the draft and never reads "Saved". */
async function saveAndSay(id: string, details: AgendaItemDetails): Promise<boolean> {
  await saveAgendaItem(id, details);
  return true;
}

/** Every detail of one agenda item, saved together with the Save button once it all checks out. */
export function ItemEditor({ item, name, opening }: { item: AgendaItem; name: string; opening: string }) {
  const styles = useStyles();
  // What the clerk types is kept as a draft on this laptop until Save: leaving the screen, a reload or a power cut
  // loses nothing, and the draft is there when the item is opened again.
  const asStored = useMemo<Draft>(() => ({ details: { ...item }, wards: item.wards.join(', ') }), [item]);
  const [kept, keep, forget, , restored] = useStoredDraft(`agenda-item/${item.id}`, asStored);
  const draft = kept.details;
  const wards = kept.wards;
  const setWards = (value: string) => {
    setSaved(false);
    keep({ details: draft, wards: value });
  };
  const [problems, setProblems] = useState<ReturnType<typeof agendaItemProblems>>({});
  const [saved, setSaved] = useState(false);
  const [saveOnly, saving] = useAction(saveAndSay);
  const [savePart, savingPart] = useAction(saveAgendaItemPart);
  const busy = saving.busy || savingPart.busy;
  const error = saving.error ?? savingPart.error;
  const [askingPart, setAskingPart] = useState(false);
  const change = (changes: AgendaItemDetails) => {
    setSaved(false);
    keep({ details: { ...draft, ...changes }, wards });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = agendaItemProblems(draft);
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    // A change of part moves the item past the exclusion of the public: asked first, and can be undone.
    if (!item.parentId && draft.part !== undefined && draft.part !== item.part) setAskingPart(true);
    else await save();
  };
  const save = async (partWords?: string) => {
    const list = wards
      .split(',')
      .map((ward) => ward.trim())
      .filter(Boolean);
    const details = { ...draft, wards: list };
    if (partWords !== undefined) {
      const before = await savePart(item.id, details);
      if (!before) return;
      offerUndo({
        scope: `agenda/${item.meetingId}`,
        what: `${opening}, ${partWords}, moved to Part ${details.part ?? 'A'}.`,
        undo: () => undoPartChange(before),
      });
    } else if (!(await saveOnly(item.id, details))) return;
    forget(kept);
    setSaved(true);
  };

  const text = (label: string, key: 'title' | 'responsibleOfficer' | 'reportAuthor') => (
    <Field label={label} required={key === 'title'} validationMessage={problems[key]}>
      <Input value={String(draft[key] ?? '')} onChange={(_, data) => change({ [key]: data.value })} />
    </Field>
  );

  return (
    <form
      className={styles.form}
      aria-label={`Details of ${name}`}
      onSubmit={(event) => void submit(event)}
      noValidate
    >
      <ErrorMessage error={error} title="The item was not saved" />
      <PartChangeDialog
        asked={askingPart}
        name={name}
        opening={opening}
        meetingId={item.meetingId}
        itemId={item.id}
        title={item.title}
        to={draft.part ?? 'A'}
        onConfirm={(words) => {
          setAskingPart(false);
          void save(words);
        }}
        onCancel={() => setAskingPart(false)}
      />
      <DraftNote
        restored={restored}
        onDiscard={() => forget()}
        what="These details have changes that were never saved (kept from before). Save them, or discard them."
      />
      {text('Title', 'title')}
      <Field label="Purpose or summary">
        <Textarea value={draft.description} onChange={(_, data) => change({ description: data.value })} />
      </Field>
      <Field label="Recommendation">
        <Textarea
          value={draft.recommendation}
          onChange={(_, data) => change({ recommendation: data.value })}
        />
      </Field>
      {text('Responsible officer', 'responsibleOfficer')}
      {text('Report author', 'reportAuthor')}
      <Field label="Wards affected" hint="Separate wards with commas, or type All Wards.">
        <Input
          value={wards}
          onChange={(_, data) => {
            setSaved(false);
            setWards(data.value);
          }}
        />
      </Field>
      <Switch
        label="Unnumbered section (presentation, announcements, preamble)"
        checked={draft.unnumbered ?? false}
        onChange={(_, data) => change({ unnumbered: data.checked })}
      />
      <Checkbox
        label="Key decision"
        checked={draft.keyDecision}
        onChange={(_, data) => change({ keyDecision: Boolean(data.checked) })}
      />
      <PartFields
        part={draft.part ?? 'A'}
        choosable={!item.parentId}
        paragraph={draft.exemptParagraph}
        reason={draft.publicInterestReason ?? ''}
        problems={problems}
        onChange={change}
      />
      {item.standingKind ? null : (
        <CoverAnswerFields
          answers={draft.coverAnswers}
          onChange={(coverAnswers) => change({ coverAnswers })}
        />
      )}
      <UrgentFields
        urgent={draft.urgent ?? false}
        circumstances={draft.specialCircumstances ?? ''}
        required={false}
        problem={problems.specialCircumstances}
        onChange={change}
      />
      <SaveRow busy={busy} saved={saved && !error}>
        Save {name}
      </SaveRow>
    </form>
  );
}
