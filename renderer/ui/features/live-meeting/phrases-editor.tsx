import { Button, Field, Input, Radio, RadioGroup, Select, SpinButton } from '@fluentui/react-components';
import { useMemo } from 'react';
import { removePhrase, savePhrase, type PhraseDraft } from '../../../db/repositories/phrases';
import {
  phraseKinds,
  resolutionVerbs,
  type Phrase,
  type PhraseKind,
  type ResolutionVerb,
} from '../../../domain/model';
import { ErrorMessage } from '../../common/error-message';
import { useAction } from '../../common/use-action';
import { useStoredDraft } from '../../common/use-stored-draft';
import { useLiveStyles } from './live-styles';

/** The organisation's phrases: label, wording, and the digit that inserts it with Alt. */
export function PhrasesEditor({ phrases }: { phrases: Phrase[] }) {
  const live = useLiveStyles();
  return (
    <aside className={live.side} tabIndex={0} aria-label="Phrases">
      <h2 style={{ fontSize: '18px' }}>
        Phrases <span className={live.key}>Alt+K</span>
      </h2>
      <p className={live.hint}>
        Alt and the key inserts plain text at the cursor in the minute; a resolution phrase makes the item’s
        resolution.
      </p>
      {phrases.map((phrase) => (
        <PhraseForm key={`${phrase.id}-${phrase.order}`} phrase={phrase} />
      ))}
      <PhraseForm key={`new-${phrases.length}`} />
    </aside>
  );
}

function PhraseForm({ phrase }: { phrase?: Phrase }) {
  const live = useLiveStyles();
  const blank = useMemo<PhraseDraft>(
    () => phrase ?? { label: '', text: '', order: 9, kind: 'text' },
    [phrase],
  );
  const [draft, setDraft, clearDraft] = useStoredDraft(`live/phrase/${phrase?.id ?? 'new'}`, blank);
  const [save, saving] = useAction(savePhrase);
  const resolution = draft.kind === 'resolution';
  return (
    <form
      className={live.section}
      aria-label={phrase ? `Phrase on Alt+${phrase.order}` : 'New phrase'}
      onSubmit={(event) => {
        event.preventDefault();
        void save(draft).then((saved) => {
          if (saved !== undefined) clearDraft();
        });
      }}
    >
      <div className={live.row}>
        <Field label="Key (1-9)">
          <SpinButton
            min={1}
            max={9}
            value={draft.order}
            onChange={(_, d) => setDraft({ ...draft, order: d.value ?? Number(d.displayValue) })}
          />
        </Field>
        <Field label="Label">
          <Input value={draft.label} onChange={(_, d) => setDraft({ ...draft, label: d.value })} />
        </Field>
      </div>
      <Field label="Kind">
        <RadioGroup
          layout="horizontal"
          value={draft.kind ?? 'text'}
          onChange={(_, d) => setDraft({ ...draft, kind: d.value as PhraseKind })}
        >
          {Object.entries(phraseKinds).map(([kind, words]) => (
            <Radio key={kind} value={kind} label={words} />
          ))}
        </RadioGroup>
      </Field>
      {resolution ? (
        <Field label="Resolution wording">
          <Select
            value={draft.verb ?? 'resolved'}
            onChange={(_, d) => setDraft({ ...draft, verb: d.value as ResolutionVerb })}
          >
            {Object.entries(resolutionVerbs).map(([verb, words]) => (
              <option key={verb} value={verb}>
                {words}
              </option>
            ))}
          </Select>
        </Field>
      ) : null}
      <Field
        label={resolution ? 'Resolution' : 'Wording'}
        hint={resolution ? 'What was resolved, such as “That the report be noted.”' : undefined}
      >
        <Input value={draft.text} onChange={(_, d) => setDraft({ ...draft, text: d.value })} />
      </Field>
      <ErrorMessage error={saving.error} title="The phrase was not saved" />
      <div className={live.row}>
        <Button type="submit" size="small" disabled={saving.busy}>
          {phrase ? 'Save phrase' : 'Add phrase'}
        </Button>
        {phrase ? (
          <Button size="small" appearance="subtle" onClick={() => void removePhrase(phrase.id)}>
            Remove
          </Button>
        ) : null}
      </div>
    </form>
  );
}
