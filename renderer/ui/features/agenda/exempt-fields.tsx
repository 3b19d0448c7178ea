import { Field, Radio, RadioGroup, Select, Textarea, makeStyles } from '@fluentui/react-components';
import { exemptParagraphs, type AgendaPart, type ExemptParagraph } from '../../../domain/model';

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

type PartChanges = { part?: AgendaPart; exemptParagraph?: ExemptParagraph; publicInterestReason?: string };

/**
 * Public or exempt, and for exempt the paragraph and the public-interest reason: what an agenda item and a
 * decision taken by one person both state when taken in private. `choosable` false shows only the exempt fields
 * (a sub-item takes its parent's part).
 */
export function PartFields({
  part,
  paragraph,
  reason,
  problems,
  onChange,
  label = 'Part',
  choosable = true,
}: {
  part: AgendaPart;
  paragraph: ExemptParagraph | undefined;
  reason: string;
  problems: { exemptParagraph?: string; publicInterestReason?: string };
  onChange: (changes: PartChanges) => void;
  label?: string;
  choosable?: boolean;
}) {
  return (
    <>
      {choosable ? (
        <Field label={label}>
          <RadioGroup
            value={part}
            layout="horizontal"
            onChange={(_, data) => onChange({ part: data.value as AgendaPart })}
          >
            <Radio value="A" label="Part A (public)" />
            <Radio value="B" label="Part B (exempt)" />
          </RadioGroup>
        </Field>
      ) : null}
      {part === 'B' ? (
        <ExemptFields paragraph={paragraph} reason={reason} problems={problems} onChange={onChange} />
      ) : null}
    </>
  );
}
