import { Button, Field, Input, Textarea } from '@fluentui/react-components';
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { db } from '../../../db/database';
import { addAction, removeAction } from '../../../db/repositories/actions';
import { saveConclusions } from '../../../db/repositories/minutes';
import { formatShortDate } from '../../../domain/en-gb';
import { ErrorMessage } from '../../common/error-message';
import { PersonPicker } from '../../common/person-picker';
import { useAction } from '../../common/use-action';
import { useAutosave } from '../../common/use-autosave';
import { useStoredDraft } from '../../common/use-stored-draft';
import { writesSettled } from '../../common/write-through';
import { focusWhenDrawn } from '../../common/focus-next';
import { useLiveStyles } from './live-styles';
import { storedKey } from './stored-keys';
import { nameIn, type MeetingFrame, type MinuteStub } from './use-live-meeting';
import { useSignedCorrection } from '../minutes-approval/signed-correction';

const roman = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii'];
type Draft = { text: string; owner: string; due: string };
const blank: Draft = { text: '', owner: '', due: '' };

/** Conclusions (printed i., ii., for scrutiny bodies) and the actions agreed: what, who, by when. */
export function ConclusionsSection({ frame, minute }: { frame: MeetingFrame; minute: MinuteStub }) {
  const live = useLiveStyles();
  // Read once: the record changes with every keystroke of the minute, and the field below owns the text.
  const [stored, setStored] = useState<{ minuteId: string; conclusions: string[] }>();
  useEffect(() => {
    let current = true;
    // After this window's writes to the minute are stored: the clerk may have typed here a moment ago.
    void writesSettled(storedKey.minute(minute.id))
      .then(() => db.minutes.get(minute.id))
      .then((record) => {
        if (current) setStored({ minuteId: minute.id, conclusions: record?.conclusions ?? [] });
      });
    return () => {
      current = false;
    };
  }, [minute.id]);
  // Actions are indexed by meeting, not minute: a meeting has few enough to filter here.
  const actions = useLiveQuery(
    async () =>
      (await db.actions.where('meetingId').equals(frame.meeting.id).sortBy('order')).filter(
        (action) => action.minuteId === minute.id,
      ),
    [frame.meeting.id, minute.id],
  );
  const [draft, setDraft, clearDraft] = useStoredDraft(`live/action/${minute.id}`, blank);
  const [add, adding] = useAction(addAction);
  const correction = useSignedCorrection();
  const owners = useMemo(() => [...frame.people.values()], [frame.people]);
  if (stored?.minuteId !== minute.id || actions === undefined) return null;
  const submit = async () => {
    const person = [...frame.people.values()].find((p) => p.id === draft.owner);
    const created = await add(
      frame.meeting.id,
      minute.id,
      {
        text: draft.text,
        ...(person ? { ownerPersonId: person.id } : { ownerText: draft.owner }),
        ...(draft.due ? { due: draft.due } : {}),
      },
      correction,
    );
    if (created) {
      clearDraft();
      focusWhenDrawn('[data-live-focus="action"]');
    }
  };
  return (
    <section className={live.section} aria-label="Conclusions and actions">
      <h3 className={live.sectionTitle}>
        Conclusions and actions <span className={live.key}>Alt+C</span>
      </h3>
      <Conclusions key={minute.id} minuteId={minute.id} initial={stored.conclusions} />
      <ul className={live.list} aria-label="Actions">
        {actions.map((action) => (
          <li key={action.id}>
            ACTION: {action.text} (
            {action.ownerPersonId
              ? nameIn(frame.people, action.ownerPersonId)
              : action.ownerText || 'no owner'}
            {action.due ? `, by ${formatShortDate(action.due)}` : ''}){' '}
            <Button size="small" appearance="subtle" onClick={() => void removeAction(action.id, correction)}>
              Remove
            </Button>
          </li>
        ))}
      </ul>
      <ErrorMessage error={adding.error} title="The action was not added" />
      <form
        className={live.row}
        aria-label="Add an action"
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Field label="Action" style={{ flexGrow: 1 }}>
          <Input
            data-live-focus="action"
            value={draft.text}
            onChange={(_, d) => setDraft({ ...draft, text: d.value })}
          />
        </Field>
        <PersonPicker
          label="Owner (a person, or type e.g. All)"
          people={owners}
          personId={frame.people.has(draft.owner) ? draft.owner : ''}
          text={frame.people.has(draft.owner) ? '' : draft.owner}
          onChange={(owner) => setDraft({ ...draft, owner })}
          onTextChange={(owner) => setDraft({ ...draft, owner })}
          // An owner need not be a person on record ("All", "Head of Planning"): the typed words are kept.
          newPerson={{
            label: (typed) => `Use “${typed}” as written`,
            onChoose: (owner) => setDraft({ ...draft, owner }),
          }}
        />
        <Field label="Due">
          <Input
            type="date"
            value={draft.due}
            onChange={(_, d) => setDraft({ ...draft, due: d.value })}
            // Enter adds the action, as in the other boxes, rather than opening the browser's date picker.
            onKeyDown={(event) => {
              if (event.key !== 'Enter') return;
              event.preventDefault();
              event.currentTarget.form?.requestSubmit();
            }}
          />
        </Field>
        <Button type="submit" disabled={adding.busy}>
          Add action
        </Button>
      </form>
    </section>
  );
}

function Conclusions({ minuteId, initial }: { minuteId: string; initial: string[] }) {
  const live = useLiveStyles();
  const [text, setText] = useState(initial.join('\n'));
  const correction = useSignedCorrection();
  const save = useCallback(
    (value: string) =>
      saveConclusions(
        minuteId,
        value
          .split('\n')
          .map((line) => line.trim())
          .filter(Boolean),
        correction,
      ),
    [minuteId, correction],
  );
  const problem = useAutosave(text, save, storedKey.minute(minuteId));
  const lines = text.split('\n').filter((line) => line.trim());
  return (
    <>
      <ErrorMessage error={problem} title="Not stored yet" />
      <Field label="Conclusions, one per line" hint="Printed i., ii., iii.">
        <Textarea data-live-focus="conclusions" rows={3} value={text} onChange={(_, d) => setText(d.value)} />
      </Field>
      {lines.length > 0 ? (
        <ol className={live.list} aria-label="Conclusions as they will print">
          {lines.map((line, index) => (
            <li key={index}>
              {roman[index] ?? index + 1}. {line.trim()}
            </li>
          ))}
        </ol>
      ) : null}
    </>
  );
}
