import {
  Button,
  Field,
  Input,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Tooltip,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ArrowDown20Regular, ArrowUp20Regular, Delete20Regular } from '@fluentui/react-icons';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDeferredValue, useState, type FormEvent } from 'react';
import { db } from '../../../db/database';
import {
  addMember,
  membershipDatesProblem,
  moveMembership,
  removeMembership,
  updateMembership,
} from '../../../db/repositories/committees';
import { membershipRoles, type Membership, type MembershipRole } from '../../../domain/model';
import { resolveTypedName, type LikelyDuplicate } from '../../../domain/person-likeness';
import { printedName } from '../../../domain/person-name';
import { DuplicateWarning } from '../../common/duplicate-warning';
import { PersonPicker } from '../../common/person-picker';
import { ErrorMessage } from '../../common/error-message';
import { Loading } from '../../common/loading';
import { useAction } from '../../common/use-action';
import { DraftNote } from '../../common/draft-note';
import { useStoredDraft } from '../../common/use-stored-draft';
import { labelOptions } from '../../common/label-options';

/** The add form before anything is typed; `confirmedNew`: the clerk said a typed name is someone new. */
type MemberDraft = { personId: string; newName: string; confirmedNew: boolean; role: MembershipRole };
const noOneYet: MemberDraft = { personId: '', newName: '', confirmedNew: false, role: 'member' };

const useStyles = makeStyles({
  form: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'end' },
  tools: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
});

async function changeDates(membership: Membership, changes: { from?: string; to?: string }): Promise<void> {
  const next = { from: membership.from, to: membership.to, ...changes };
  const problem = membershipDatesProblem(next.from || undefined, next.to || undefined);
  if (problem) throw new Error(problem);
  await updateMembership(membership.id, { from: next.from || undefined, to: next.to || undefined });
}

/** The membership in printed order: roles, dates served, moved up or down, and people added from the register. */
export function MembershipPanel({ committeeId }: { committeeId: string }) {
  const styles = useStyles();
  const liveMembers = useLiveQuery(async () => {
    const memberships = await db.memberships.where('committeeId').equals(committeeId).sortBy('order');
    const people = await db.people.bulkGet(memberships.map((membership) => membership.personId));
    return memberships.map((membership, index) => ({ membership, person: people[index] }));
  }, [committeeId]);
  const livePeople = useLiveQuery(() => db.people.toArray(), []);
  // The table is a few hundred form controls: drawn in the background, where a click elsewhere (opening a
  // meeting from the list above it) interrupts the drawing rather than waiting for it to finish.
  const members = useDeferredValue(liveMembers);
  const people = useDeferredValue(livePeople);
  // Who is being added, kept as a draft while typed: it survives leaving the screen, a reload or a restart.
  const [draft, setDraft, forgetDraft, , restored] = useStoredDraft(`membership/${committeeId}`, noOneYet);
  const { personId, newName, confirmedNew, role } = draft;
  const choose = (id: string) => setDraft({ ...draft, personId: id, newName: '', confirmedNew: false });
  const setRole = (value: MembershipRole) => setDraft({ ...draft, role: value });
  const [duplicates, setDuplicates] = useState<LikelyDuplicate[]>();
  const [problem, setProblem] = useState<string>();
  const [add, adding] = useAction(addMember);
  const [update, updating] = useAction(updateMembership);
  const [dates, dating] = useAction(changeDates);
  const [move, moving] = useAction(moveMembership);
  const [remove, removing] = useAction(removeMembership);
  const error = adding.error ?? updating.error ?? dating.error ?? moving.error ?? removing.error;
  if (members === undefined || people === undefined) return <Loading what="members" />;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!personId && !newName.trim()) {
      setProblem('Choose someone already on record, or type the name of someone new.');
      return;
    }
    setProblem(undefined);
    const typed = personId ? undefined : resolveTypedName(newName, people, confirmedNew);
    if (typed?.kind === 'likelyDuplicate') {
      setDuplicates(typed.duplicates);
      return;
    }
    const chosenId = personId || (typed?.kind === 'onRecord' ? typed.person.id : '');
    const added = await add(
      committeeId,
      chosenId ? { personId: chosenId, role } : { person: { name: newName }, role },
    );
    // The role stays for the next one (a run of substitutes, say).
    if (added) forgetDraft({ ...noOneYet, role });
  };
  const typeName = (name: string, confirmed = false) => {
    setDraft({ ...draft, personId: '', newName: name, confirmedNew: confirmed });
    setDuplicates(undefined);
  };

  return (
    <section aria-label="Membership">
      <h2>Members</h2>
      <ErrorMessage error={error} title="The membership was not changed" />
      {members.length === 0 ? (
        <p>No members yet.</p>
      ) : (
        <Table aria-label="Members">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Name</TableHeaderCell>
              <TableHeaderCell>Role</TableHeaderCell>
              <TableHeaderCell>Group or organisation</TableHeaderCell>
              <TableHeaderCell>Served from / until</TableHeaderCell>
              <TableHeaderCell>Order</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {members.map(({ membership, person }, index) => {
              const name = person ? printedName(person) : 'Unknown person';
              return (
                <TableRow key={membership.id}>
                  <TableCell>{name}</TableCell>
                  <TableCell>
                    <Select
                      aria-label={`Role of ${name}`}
                      value={membership.role}
                      onChange={(_, data) =>
                        void update(membership.id, { role: data.value as MembershipRole })
                      }
                    >
                      {labelOptions(membershipRoles)}
                    </Select>
                  </TableCell>
                  <TableCell>{person?.group}</TableCell>
                  <TableCell>
                    <span className={styles.tools}>
                      <Input
                        type="date"
                        aria-label={`Member from (${name})`}
                        value={membership.from ?? ''}
                        onChange={(_, data) => void dates(membership, { from: data.value })}
                      />
                      <Input
                        type="date"
                        aria-label={`Member until (${name})`}
                        value={membership.to ?? ''}
                        onChange={(_, data) => void dates(membership, { to: data.value })}
                      />
                    </span>
                  </TableCell>
                  <TableCell>
                    <span className={styles.tools}>
                      {/* Icon buttons, named in full for screen readers and shown in a tooltip: the column
                          held three long text buttons per member ("Move Councillor ... up"). */}
                      <Tooltip content={`Move ${name} up`} relationship="label">
                        <Button
                          size="small"
                          appearance="subtle"
                          icon={<ArrowUp20Regular />}
                          disabled={index === 0}
                          onClick={() => void move(membership.id, index - 1)}
                        />
                      </Tooltip>
                      <Tooltip content={`Move ${name} down`} relationship="label">
                        <Button
                          size="small"
                          appearance="subtle"
                          icon={<ArrowDown20Regular />}
                          disabled={index === members.length - 1}
                          onClick={() => void move(membership.id, index + 1)}
                        />
                      </Tooltip>
                      <Tooltip content={`Remove ${name}`} relationship="label">
                        <Button
                          size="small"
                          appearance="subtle"
                          icon={<Delete20Regular />}
                          onClick={() => void remove(membership.id)}
                        />
                      </Tooltip>
                    </span>
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      )}
      <form
        className={styles.form}
        aria-label="Add a member"
        onSubmit={(event) => void submit(event)}
        noValidate
      >
        <DraftNote
          restored={restored}
          onDiscard={() => forgetDraft()}
          what="The member you were adding is back."
        />
        <PersonPicker
          label="Person"
          people={people}
          personId={personId}
          text={newName}
          validationMessage={problem}
          hint={
            !personId && newName.trim()
              ? 'Not on record: added as a new person unless you pick someone'
              : undefined
          }
          onChange={(id) => {
            choose(id);
            setDuplicates(undefined);
          }}
          onTextChange={(name) => typeName(name)}
          newPerson={{ warnOfDuplicates: true, onChoose: (name) => typeName(name, true) }}
        />
        <Field label="Their role">
          <Select value={role} onChange={(_, data) => setRole(data.value as MembershipRole)}>
            {labelOptions(membershipRoles)}
          </Select>
        </Field>
        <Button type="submit" disabled={adding.busy}>
          Add to the membership
        </Button>
      </form>
      {duplicates ? (
        <DuplicateWarning
          name={newName.trim()}
          duplicates={duplicates}
          onUse={(person) => {
            choose(person.id);
            setDuplicates(undefined);
          }}
          onAddAnyway={() => typeName(newName, true)}
          onCancel={() => typeName('')}
        />
      ) : null}
    </section>
  );
}
