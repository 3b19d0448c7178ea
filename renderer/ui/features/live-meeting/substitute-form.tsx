import { Button } from '@fluentui/react-components';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { db } from '../../../db/database';
import { addSubstitute } from '../../../db/repositories/substitutes';
import type { Attendance } from '../../../domain/model';
import { ErrorMessage } from '../../common/error-message';
import { focusWhenDrawn } from '../../common/focus-next';
import { PersonPicker } from '../../common/person-picker';
import { useAction } from '../../common/use-action';
import { useStoredDraft } from '../../common/use-stored-draft';
import { useLiveStyles } from './live-styles';
import type { MeetingFrame } from './use-live-meeting';

/**
 * The substitute being added: someone on record (`personId`), or a name typed (`name`), which is someone new
 * only once the clerk has chosen "Add a new person" (`isNew`). `isNew` is missing in drafts kept before it.
 */
type Draft = { personId: string; forId: string; name?: string; isNew?: boolean };
const blank: Draft = { personId: '', forId: '' };

/**
 * A substitute sitting in for a member: anyone on record (the committee's named substitutes first), or someone
 * new, added after a warning when they are probably someone on record already.
 */
export function SubstituteForm({ frame, attendance }: { frame: MeetingFrame; attendance: Attendance[] }) {
  const live = useLiveStyles();
  const [draft, setDraft, clearDraft] = useStoredDraft(`live/substitute/${frame.meeting.id}`, blank);
  const [add, adding] = useAction(addSubstitute);
  const [unchosen, setUnchosen] = useState<string>();
  const everyone = useLiveQuery(() => db.people.toArray(), []);
  const listed = useMemo(() => new Set(attendance.map((line) => line.personId)), [attendance]);
  const candidates = useMemo(
    () => (everyone ?? []).filter((person) => !listed.has(person.id)),
    [everyone, listed],
  );
  const named = useMemo(
    () =>
      new Set(
        frame.memberships.filter((m) => m.role === 'substitute').map((membership) => membership.personId),
      ),
    [frame.memberships],
  );
  const replaced = useMemo(
    () =>
      attendance.flatMap((line) => {
        const person = line.kind === 'member' && !line.substituteForPersonId && line.personId;
        return person ? (frame.people.get(person) ?? []) : [];
      }),
    [attendance, frame.people],
  );
  const submit = async () => {
    const name = draft.name?.trim() ?? '';
    if (!draft.personId && !(draft.isNew && name)) {
      setUnchosen(
        name
          ? `“${name}” is not chosen yet: pick them from the list, or choose “Add a new person”.`
          : 'Type the substitute’s name and pick them from the list.',
      );
      return;
    }
    setUnchosen(undefined);
    const choice = draft.personId ? { personId: draft.personId } : { newName: name };
    const line = await add(frame.meeting.id, choice, draft.forId || undefined);
    if (!line) return;
    clearDraft();
    focusWhenDrawn('[data-live-focus="substitute"]');
  };
  return (
    <form
      className={live.row}
      aria-label="Add a substitute"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <h3 style={{ width: '100%', margin: 0, fontSize: '18px' }}>Substitute</h3>
      <PersonPicker
        label="Substitute"
        liveFocus="substitute"
        people={candidates}
        everyone={everyone ?? []}
        first={{ label: 'Named substitutes', ids: named, restLabel: 'Everyone else on record' }}
        personId={draft.personId}
        text={draft.personId ? '' : (draft.name ?? '')}
        onChange={(personId) => setDraft({ ...draft, personId, name: '', isNew: false })}
        onTextChange={(name) => setDraft({ ...draft, personId: '', name, isNew: false })}
        newPerson={{
          warnOfDuplicates: true,
          onChoose: (name) => {
            setDraft({ ...draft, personId: '', name, isNew: true });
            setUnchosen(undefined);
          },
        }}
        hint={draft.isNew && draft.name ? `${draft.name} will be added to the people on record.` : undefined}
        validationMessage={unchosen}
        moveOnWhenPicked
      />
      <PersonPicker
        label="For"
        people={replaced}
        personId={draft.forId}
        onChange={(forId) => setDraft({ ...draft, forId })}
        placeholder="The member they replace"
        moveOnWhenPicked
      />
      <Button type="submit" disabled={adding.busy}>
        Add substitute
      </Button>
      <ErrorMessage error={adding.error} title="The substitute was not added" />
    </form>
  );
}
