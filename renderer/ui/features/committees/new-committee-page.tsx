import { Button, Field, Input, Select, SpinButton, makeStyles, tokens } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { createCommittee } from '../../../db/repositories/committees';
import {
  committeeTypes,
  minuteNumberingSchemes,
  type CommitteeType,
  type MinuteNumberingScheme,
} from '../../../domain/model';
import { ErrorMessage } from '../../common/error-message';
import { Page } from '../../common/page';
import { useAction } from '../../common/use-action';
import { MemberRows, type MemberDraft } from './member-rows';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS },
});

const blankMember = (): MemberDraft => ({
  key: crypto.randomUUID(),
  title: '',
  name: '',
  role: 'member',
  group: '',
});

export function NewCommitteePage() {
  const styles = useStyles();
  const navigate = useNavigate();
  const [name, setName] = useState('');
  const [type, setType] = useState<CommitteeType>('committee');
  const [quorum, setQuorum] = useState(3);
  const [numbering, setNumbering] = useState<MinuteNumberingScheme>('continuous');
  const [members, setMembers] = useState<MemberDraft[]>([blankMember()]);
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
    const named = members.filter((member) => member.name.trim());
    const committee = await save(
      { name, type, quorum, minuteNumbering: numbering },
      named.map((member) => ({
        role: member.role,
        person: { title: member.title.trim(), name: member.name, group: member.group.trim() },
      })),
    );
    if (committee) void navigate(`/committees/${committee.id}`);
  };

  return (
    <Page title="New committee">
      <form className={styles.form} onSubmit={(event) => void submit(event)} noValidate>
        <ErrorMessage error={error} title="The committee was not saved" />
        <Field label="Name" required validationMessage={nameError}>
          <Input value={name} onChange={(_, data) => setName(data.value)} />
        </Field>
        <Field label="Type">
          <Select value={type} onChange={(_, data) => setType(data.value as CommitteeType)}>
            {Object.entries(committeeTypes).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
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
            {Object.entries(minuteNumberingSchemes).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </Select>
        </Field>
        <h2>Members</h2>
        <MemberRows members={members} onChange={setMembers} />
        <div className={styles.actions}>
          <Button onClick={() => setMembers([...members, blankMember()])}>Add member</Button>
        </div>
        <div className={styles.actions}>
          <Button appearance="primary" type="submit" disabled={busy}>
            Save committee
          </Button>
          <Button onClick={() => void navigate('/')}>Cancel</Button>
        </div>
      </form>
    </Page>
  );
}
