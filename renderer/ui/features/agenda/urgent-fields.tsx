import { Checkbox, Field, Textarea } from '@fluentui/react-components';

/**
 * An item without the notice's clear days may be taken only if the Chair rules it urgent for special
 * circumstances, which the minutes state (LGA 1972 s100B(4)(b)).
 */
export function UrgentFields({
  urgent,
  circumstances,
  required,
  problem,
  urgentProblem,
  onChange,
}: {
  urgent: boolean;
  circumstances: string;
  required: boolean;
  problem: string | undefined;
  urgentProblem?: string;
  onChange: (changes: { urgent?: boolean; specialCircumstances?: string }) => void;
}) {
  return (
    <>
      <Field validationMessage={urgentProblem}>
        <Checkbox
          label={required ? 'Urgent business (required: too late for the notice period)' : 'Urgent business'}
          checked={urgent}
          onChange={(_, data) => onChange({ urgent: Boolean(data.checked) })}
        />
      </Field>
      {urgent ? (
        <Field label="Special circumstances" required validationMessage={problem}>
          <Textarea
            value={circumstances}
            onChange={(_, data) => onChange({ specialCircumstances: data.value })}
          />
        </Field>
      ) : null}
    </>
  );
}
