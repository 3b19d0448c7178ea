import { Field, Input, Select } from '@fluentui/react-components';
import { defaultDeclaredInAdvanceWords } from '../../../domain/declared-in-advance';
import {
  declarationForms,
  defaultDeclarationColumns,
  type DeclarationForm,
  type OrganisationSettings,
} from '../../../domain/model';
import { labelOptions } from '../../common/label-options';

type Props = {
  draft: OrganisationSettings;
  change: (changes: Partial<OrganisationSettings>) => void;
};

/**
 * How the minutes print declarations of interest: sentences, or a table with the council's own headings; and the
 * council's words for a declaration a member made in advance of a meeting they did not attend.
 */
export function DeclarationFormFields({ draft, change }: Props) {
  const form = draft.declarationForm ?? 'sentences';
  const columns = draft.declarationColumns ?? [];
  const setColumn = (index: number, heading: string) => {
    const next = defaultDeclarationColumns.map((fallback, at) => columns[at] ?? fallback);
    next[index] = heading;
    change({ declarationColumns: next });
  };
  return (
    <>
      <Field label="Declarations of interest printed as">
        <Select
          value={form}
          onChange={(_, data) => change({ declarationForm: data.value as DeclarationForm })}
        >
          {labelOptions(declarationForms)}
        </Select>
      </Field>
      {form === 'table'
        ? defaultDeclarationColumns.map((fallback, index) => (
            <Field key={fallback} label={`Declarations table: heading of the ${fallback} column`}>
              <Input
                value={columns[index] ?? fallback}
                onChange={(_, data) => setColumn(index, data.value)}
              />
            </Field>
          ))
        : null}
      <Field
        label="Words for a declaration made in advance"
        hint={`In place of “declared”, for a member not at the meeting. Left blank: “${defaultDeclaredInAdvanceWords}”.`}
      >
        <Input
          value={draft.declaredInAdvanceWords ?? ''}
          placeholder={defaultDeclaredInAdvanceWords}
          onChange={(_, data) => change({ declaredInAdvanceWords: data.value })}
        />
      </Field>
    </>
  );
}
