import { Button, Field, Input, Select, makeStyles, tokens } from '@fluentui/react-components';
import { membershipRoles, type MembershipRole } from '../../../domain/model';

export type MemberDraft = { key: string; title: string; name: string; role: MembershipRole; group: string };

const useStyles = makeStyles({
  row: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 3fr) minmax(0, 2fr) minmax(0, 2fr) auto',
    gap: tokens.spacingHorizontalS,
    alignItems: 'end',
    '& > *': { minWidth: 0 },
    '@media (max-width: 720px)': { gridTemplateColumns: '1fr' },
  },
});

/** The membership part of the new-committee form: one row per member, added and removed from the keyboard. */
export function MemberRows({
  members,
  onChange,
}: {
  members: MemberDraft[];
  onChange: (next: MemberDraft[]) => void;
}) {
  const styles = useStyles();
  const update = (key: string, changes: Partial<MemberDraft>) =>
    onChange(members.map((member) => (member.key === key ? { ...member, ...changes } : member)));
  return (
    <>
      {members.map((member, index) => (
        <fieldset key={member.key} className={styles.row} aria-label={`Member ${index + 1}`}>
          <Field label={`Title (member ${index + 1})`}>
            <Input
              value={member.title}
              placeholder="Councillor"
              onChange={(_, data) => update(member.key, { title: data.value })}
            />
          </Field>
          <Field label={`Name (member ${index + 1})`} required>
            <Input value={member.name} onChange={(_, data) => update(member.key, { name: data.value })} />
          </Field>
          <Field label={`Role (member ${index + 1})`}>
            <Select
              value={member.role}
              onChange={(_, data) => update(member.key, { role: data.value as MembershipRole })}
            >
              {Object.entries(membershipRoles).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={`Group or organisation (member ${index + 1})`}>
            <Input value={member.group} onChange={(_, data) => update(member.key, { group: data.value })} />
          </Field>
          <Button onClick={() => onChange(members.filter((other) => other.key !== member.key))}>
            Remove member {index + 1}
          </Button>
        </fieldset>
      ))}
    </>
  );
}
