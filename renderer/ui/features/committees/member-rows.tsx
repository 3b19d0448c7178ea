import { Button, Field, Input, Select, makeStyles, tokens } from '@fluentui/react-components';
import { membershipRoles, type MembershipRole, type Person } from '../../../domain/model';
import type { LikelyDuplicate } from '../../../domain/person-likeness';
import { DuplicateWarning } from '../../common/duplicate-warning';
import { PersonPicker } from '../../common/person-picker';
import { labelOptions } from '../../common/label-options';

/**
 * One member of a new committee: someone on record (`personId`), or a name typed for someone new (`name`,
 * with a title and group), taken as new only once no one on record is likely to be them.
 */
export type MemberDraft = {
  key: string;
  personId: string;
  title: string;
  name: string;
  role: MembershipRole;
  group: string;
  /** The clerk saw the likely duplicates and chose to add this name as a new person all the same. */
  confirmedNew?: boolean;
};

const useStyles = makeStyles({
  row: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 3fr) minmax(0, 2fr) minmax(0, 2fr) auto',
    gap: tokens.spacingHorizontalS,
    alignItems: 'end',
    '& > *': { minWidth: 0 },
    '@media (max-width: 720px)': { gridTemplateColumns: '1fr' },
  },
  warning: { gridColumn: '1 / -1' },
});

/**
 * The membership part of the new-committee form: one row per member, each chosen by searching the people on
 * record, or typed as someone new. Added and removed from the keyboard.
 */
export function MemberRows({
  members,
  people,
  warnings,
  onChange,
}: {
  members: MemberDraft[];
  people: readonly Person[];
  /** Rows whose typed name is probably someone on record, found on saving. */
  warnings: ReadonlyMap<string, LikelyDuplicate[]>;
  onChange: (next: MemberDraft[]) => void;
}) {
  const styles = useStyles();
  const update = (key: string, changes: Partial<MemberDraft>) =>
    onChange(members.map((member) => (member.key === key ? { ...member, ...changes } : member)));
  return (
    <>
      {members.map((member, index) => {
        const onRecord = people.find((person) => person.id === member.personId);
        const duplicates = warnings.get(member.key);
        return (
          <fieldset key={member.key} className={styles.row} aria-label={`Member ${index + 1}`}>
            <Field label={`Title (member ${index + 1})`}>
              <Input
                value={onRecord ? onRecord.title : member.title}
                disabled={Boolean(onRecord)}
                placeholder="Councillor"
                onChange={(_, data) => update(member.key, { title: data.value })}
              />
            </Field>
            <PersonPicker
              label={`Name (member ${index + 1})`}
              required
              people={people}
              personId={member.personId}
              text={member.name}
              hint={
                onRecord
                  ? 'On record'
                  : member.name.trim()
                    ? 'Not on record: saved as a new person unless you pick someone from the list'
                    : undefined
              }
              onChange={(personId) => update(member.key, { personId, name: '', confirmedNew: false })}
              onTextChange={(name) => update(member.key, { personId: '', name, confirmedNew: false })}
              newPerson={{
                warnOfDuplicates: true,
                onChoose: (name) => update(member.key, { personId: '', name, confirmedNew: true }),
              }}
            />
            <Field label={`Role (member ${index + 1})`}>
              <Select
                value={member.role}
                onChange={(_, data) => update(member.key, { role: data.value as MembershipRole })}
              >
                {labelOptions(membershipRoles)}
              </Select>
            </Field>
            <Field label={`Group or organisation (member ${index + 1})`}>
              <Input
                value={onRecord ? onRecord.group : member.group}
                disabled={Boolean(onRecord)}
                onChange={(_, data) => update(member.key, { group: data.value })}
              />
            </Field>
            <Button onClick={() => onChange(members.filter((other) => other.key !== member.key))}>
              Remove member {index + 1}
            </Button>
            {duplicates && !onRecord ? (
              <div className={styles.warning}>
                <DuplicateWarning
                  name={member.name.trim()}
                  duplicates={duplicates}
                  onUse={(person) => update(member.key, { personId: person.id, name: '' })}
                  onAddAnyway={() => update(member.key, { confirmedNew: true })}
                  onCancel={() => update(member.key, { name: '' })}
                />
              </div>
            ) : null}
          </fieldset>
        );
      })}
    </>
  );
}
