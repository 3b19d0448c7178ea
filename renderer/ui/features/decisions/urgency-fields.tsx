import { Checkbox, Field, Textarea } from '@fluentui/react-components';

/**
 * Whether a decision is urgent (exempt from call-in, under the council's rules) and, if so, why it cannot wait:
 * the same two questions for a decision at a meeting and one taken by a single member or officer.
 */
export function UrgencyFields({
  urgent,
  urgencyReason,
  problem,
  onChange,
}: {
  urgent: boolean;
  urgencyReason: string;
  problem?: string;
  onChange: (changes: { urgent?: boolean; urgencyReason?: string }) => void;
}) {
  return (
    <>
      <Checkbox
        label="Urgent: exempt from call-in"
        checked={urgent}
        onChange={(_, data) => onChange({ urgent: Boolean(data.checked) })}
      />
      {urgent ? (
        <Field
          label="Why the decision cannot wait for the call-in period"
          required
          validationMessage={problem}
        >
          <Textarea value={urgencyReason} onChange={(_, data) => onChange({ urgencyReason: data.value })} />
        </Field>
      ) : null}
    </>
  );
}
