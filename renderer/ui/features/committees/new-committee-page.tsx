import { Button, Field, Input, Select, SpinButton, makeStyles, tokens } from '@fluentui/react-components';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { db } from '../../../db/database';
import { createCommittee, type NewMember } from '../../../db/repositories/committees';
import { resolveTypedName, type LikelyDuplicate } from '../../../domain/person-likeness';
import {
  committeeTypes,
  minuteNumberingSchemes,
  type CommitteeType,
  type MinuteNumberingScheme,
  type Person,
} from '../../../domain/model';
import { DraftNote } from '../../common/draft-note';
import { ErrorMessage } from '../../common/error-message';
import { Page } from '../../common/page';
import { useAction } from '../../common/use-action';
import { useStoredDraft } from '../../common/use-stored-draft';
import { MemberRows, type MemberDraft } from './member-rows';
import { labelOptions } from '../../common/label-options';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS },
});

const blankMember = (): MemberDraft => ({
  key: crypto.randomUUID(),
  personId: '',
  title: '',
  name: '',
  role: 'member',
  group: '',
});

/**
 * The members as the repository takes them: someone picked from the list, someone whose typed name is exactly
 * one person on record (the same person, not a second copy), or a new person. A typed name that is probably
 * someone on record (same surname and initials, see person-likeness) waits for the clerk to choose.
 */
function membersToStore(
  members: MemberDraft[],
  people: readonly Person[],
): { members: NewMember[]; warnings: Map<string, LikelyDuplicate[]> } {
  const warnings = new Map<string, LikelyDuplicate[]>();
  const stored: NewMember[] = [];
  for (const member of members) {
    if (member.personId) {
      stored.push({ role: member.role, personId: member.personId });
      continue;
    }
    const name = member.name.trim();
    if (!name) continue;
    const typed = resolveTypedName(name, people, member.confirmedNew ?? false);
    if (typed.kind === 'onRecord') stored.push({ role: member.role, personId: typed.person.id });
    else {
      if (typed.kind === 'likelyDuplicate') warnings.set(member.key, typed.duplicates);
      stored.push({
        role: member.role,
        person: { title: member.title.trim(), name, group: member.group.trim() },
      });
    }
  }
  return { members: stored, warnings };
}

type Draft = {
  name: string;
  type: CommitteeType;
  quorum: number;
  numbering: MinuteNumberingScheme;
  members: MemberDraft[];
};

/** A new committee, kept as a draft as it is typed until saved: leaving the screen or closing loses nothing. */
export function NewCommitteePage() {
  const styles = useStyles();
  const navigate = useNavigate();
  const blank = useMemo<Draft>(
    () => ({ name: '', type: 'committee', quorum: 3, numbering: 'continuous', members: [blankMember()] }),
    [],
  );
  const [draft, keep, forget, , restored] = useStoredDraft('new-committee', blank);
  const { name, type, quorum, numbering, members } = draft;
  const setName = (value: string) => keep({ ...draft, name: value });
  const setType = (value: CommitteeType) => keep({ ...draft, type: value });
  const setQuorum = (value: number) => keep({ ...draft, quorum: value });
  const setNumbering = (value: MinuteNumberingScheme) => keep({ ...draft, numbering: value });
  const setMembers = (value: MemberDraft[]) => keep({ ...draft, members: value });
  const people = useLiveQuery(() => db.people.toArray(), []);
  const [warnings, setWarnings] = useState<ReadonlyMap<string, LikelyDuplicate[]>>(new Map());
  const changeMembers = (next: MemberDraft[]) => {
    // A row the clerk has changed since saving was refused is checked again on the next save.
    const kept = new Map([...warnings].filter(([key]) => next.some((m) => m.key === key && !m.confirmedNew)));
    for (const member of next) {
      const before = members.find((m) => m.key === member.key);
      if (before && (before.name !== member.name || before.personId !== member.personId))
        kept.delete(member.key);
    }
    setWarnings(kept);
    setMembers(next);
  };
  const [nameError, setNameError] = useState<string>();
  const [quorumError, setQuorumError] = useState<string>();
  const [save, { busy, error }] = useAction(createCommittee);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) {
      setNameError('Type the committee’s name, as it is printed on its papers.');
      return;
    }
    setNameError(undefined);
    if (!Number.isInteger(quorum) || quorum < 1) {
      setQuorumError('Type the quorum as a whole number of members, 1 or more.');
      return;
    }
    setQuorumError(undefined);
    const checked = membersToStore(members, people ?? []);
    setWarnings(checked.warnings);
    if (checked.warnings.size > 0) return;
    const committee = await save({ name, type, quorum, minuteNumbering: numbering }, checked.members);
    if (!committee) return;
    forget();
    void navigate(`/committees/${committee.id}`);
  };

  return (
    <Page title="New committee">
      <form className={styles.form} onSubmit={(event) => void submit(event)} noValidate>
        <ErrorMessage error={error} title="The committee was not saved" />
        <DraftNote
          restored={restored}
          onDiscard={() => forget()}
          what="The committee you started before is back as you left it, not yet saved."
        />
        <Field label="Name" required validationMessage={nameError}>
          <Input value={name} onChange={(_, data) => setName(data.value)} />
        </Field>
        <Field label="Type">
          <Select value={type} onChange={(_, data) => setType(data.value as CommitteeType)}>
            {labelOptions(committeeTypes)}
          </Select>
        </Field>
        <Field label="Quorum (members needed for business)" validationMessage={quorumError}>
          <SpinButton
            value={quorum}
            min={1}
            max={200}
            // Typed digits arrive as displayValue (value is null until the box loses focus).
            onChange={(_, data) => setQuorum(data.value ?? Number(data.displayValue))}
          />
        </Field>
        <Field label="Minute numbering">
          <Select value={numbering} onChange={(_, data) => setNumbering(data.value as MinuteNumberingScheme)}>
            {labelOptions(minuteNumberingSchemes)}
          </Select>
        </Field>
        <h2>Members</h2>
        <MemberRows members={members} people={people ?? []} warnings={warnings} onChange={changeMembers} />
        {warnings.size > 0 ? (
          <p role="alert">
            Not saved yet: some names may be people already on record. Use the person on record, or add the
            name as a new person, for each member marked below.
          </p>
        ) : null}
        <div className={styles.actions}>
          <Button onClick={() => changeMembers([...members, blankMember()])}>Add member</Button>
        </div>
        <div className={styles.actions}>
          <Button appearance="primary" type="submit" disabled={busy}>
            Save committee
          </Button>
          <Button
            onClick={() => {
              forget();
              void navigate('/');
            }}
          >
            Cancel
          </Button>
        </div>
      </form>
    </Page>
  );
}
