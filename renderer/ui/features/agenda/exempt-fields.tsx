import { Field, Select, Textarea, makeStyles } from '@fluentui/react-components';
import { exemptParagraphs, type ExemptParagraph } from '../../../domain/model';

// A paragraph's full words are long: the choice keeps to the width it is given (a dialog's, a form's).
const useStyles = makeStyles({ choice: { maxWidth: '100%', minWidth: 0 } });

/** The two things a Part B item must state: the Schedule 12A paragraph and why the public interest favours exemption. */
export function ExemptFields({
  paragraph,
  reason,
  problems,
  onChange,
}: {
  paragraph: ExemptParagraph | undefined;
  reason: string;
  problems: { exemptParagraph?: string; publicInterestReason?: string };
  onChange: (changes: { exemptParagraph?: ExemptParagraph; publicInterestReason?: string }) => void;
}) {
  const styles = useStyles();
  return (
    <>
      <Field
        label="Schedule 12A paragraph"
        required
        validationMessage={problems.exemptParagraph}
        className={styles.choice}
      >
        <Select
          className={styles.choice}
          value={paragraph ? String(paragraph) : ''}
          onChange={(_, data) =>
            onChange({ exemptParagraph: data.value ? (Number(data.value) as ExemptParagraph) : undefined })
          }
        >
          <option value="">Choose a paragraph</option>
          {Object.entries(exemptParagraphs).map(([number, text]) => (
            <option key={number} value={number}>
              {number}. {text}
            </option>
          ))}
        </Select>
      </Field>
      <Field
        label="Public-interest reason"
        hint="Why the public interest in keeping it exempt outweighs the public interest in disclosure."
        required
        validationMessage={problems.publicInterestReason}
      >
        <Textarea value={reason} onChange={(_, data) => onChange({ publicInterestReason: data.value })} />
      </Field>
    </>
  );
}
