import { Field, Textarea } from '@fluentui/react-components';
import {
  defaultExemptWording,
  exemptWordingPlaceholders,
  type ExemptWordingField,
} from '../../../domain/exempt-wording';
import type { OrganisationSettings } from '../../../domain/model';

type Props = {
  draft: OrganisationSettings;
  change: (changes: Partial<OrganisationSettings>) => void;
  problems: Partial<Record<ExemptWordingField, string>>;
};

const labels: Record<ExemptWordingField, string> = {
  exemptFrontSheet: 'Exempt marking: private pack front sheet',
  exemptPageHeader: 'Exempt marking: header on each exempt page',
  withheldPaperLine: 'Exempt marking: line where a paper is withheld from the public pack',
};

/**
 * The council's own wording for exempt markings. Left blank, Chamber's wording (shown as the hint) is used; the
 * blanks in braces are filled for each paper.
 */
export function ExemptWordingFields({ draft, change, problems }: Props) {
  return (
    <>
      {(Object.keys(labels) as ExemptWordingField[]).map((field) => {
        const blanks = exemptWordingPlaceholders[field];
        return (
          <Field
            key={field}
            label={labels[field]}
            validationMessage={problems[field]}
            hint={`Blank for Chamber's wording: “${defaultExemptWording[field]}”${blanks.length > 0 ? `. Filled in: ${blanks.join(', ')}.` : '.'}`}
          >
            <Textarea value={draft[field] ?? ''} onChange={(_, data) => change({ [field]: data.value })} />
          </Field>
        );
      })}
    </>
  );
}
