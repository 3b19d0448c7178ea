import {
  Button,
  Field,
  Input,
  Radio,
  RadioGroup,
  Select,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { MinutesPresented } from '../../../db/read/minutes-presented';
import { approveMinutes } from '../../../db/repositories/minutes-approval';
import { minutesDecisions, type AgendaItem, type MinutesDecision } from '../../../domain/model';
import { ErrorMessage } from '../../common/error-message';
import { useAction } from '../../common/use-action';
import { useStoredDraft } from '../../common/use-stored-draft';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  // Fits the live screen's narrow middle column as well as the meeting screen: the fields wrap, never overflow.
  amendment: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(12rem, 1fr))',
    gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    alignItems: 'end',
    padding: tokens.spacingVerticalS,
    borderLeft: `3px solid ${tokens.colorNeutralStroke1}`,
  },
  minute: { gridColumn: '1 / -1', minWidth: 0 },
  field: { minWidth: 0 },
  select: { width: '100%', minWidth: 0 },
  remove: { justifySelf: 'start' },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalS },
});

type AmendmentDraft = { key: number; minuteId: string; original: string; corrected: string };
type ApprovalDraft = { decision: MinutesDecision; amendments: AmendmentDraft[] };
const blank: ApprovalDraft = { decision: 'approved', amendments: [] };

/** approveMinutes, saying when it has stored the approval (it returns nothing), so the draft is then forgotten. */
async function approveAndSay(...args: Parameters<typeof approveMinutes>): Promise<true> {
  await approveMinutes(...args);
  return true;
}

/**
 * How the meeting approved the minutes presented: as a correct record, or subject to amendments, each naming
 * its minute, the words as printed and the words agreed. Recording it makes the amendments and signs the minutes.
 */
export function MinutesApprovalForm({
  item,
  approvedOn,
  presented,
}: {
  item: AgendaItem;
  approvedOn: string;
  presented: MinutesPresented;
}) {
  const styles = useStyles();
  // Kept as typed (the words of an amendment survive a power cut or leaving the screen), per item, until recorded.
  const [{ decision, amendments }, setDraft, clearDraft] = useStoredDraft(
    `minutes-approval/${item.id}`,
    blank,
  );
  const setAmendments = (next: AmendmentDraft[]) => setDraft({ decision, amendments: next });
  const [approve, approving] = useAction(approveAndSay);
  const firstMinute = presented.minutes[0]?.minute.id ?? '';
  const change = (key: number, fields: Partial<AmendmentDraft>) =>
    setAmendments(amendments.map((draft) => (draft.key === key ? { ...draft, ...fields } : draft)));
  const withOneMore = (): AmendmentDraft[] => [
    ...amendments,
    {
      key: Math.max(0, ...amendments.map((draft) => draft.key)) + 1,
      minuteId: firstMinute,
      original: '',
      corrected: '',
    },
  ];
  const add = () => setAmendments(withOneMore());
  const record = async () => {
    const done = await approve(item.id, {
      decision,
      approvedOn,
      amendments:
        decision === 'approved'
          ? []
          : amendments.map((draft) => ({
              minuteId: draft.minuteId,
              meetingId:
                presented.minutes.find((choice) => choice.minute.id === draft.minuteId)?.meetingId ?? '',
              original: draft.original,
              corrected: draft.corrected,
            })),
    });
    if (done) clearDraft();
  };
  return (
    <form
      className={styles.form}
      aria-label="Approval of the minutes"
      onSubmit={(event) => {
        event.preventDefault();
        void record();
      }}
    >
      <Field label="The meeting">
        <RadioGroup
          value={decision}
          onChange={(_, data) => {
            const next = data.value as MinutesDecision;
            setDraft({
              decision: next,
              amendments:
                next === 'approvedWithAmendments' && amendments.length === 0 ? withOneMore() : amendments,
            });
          }}
        >
          {Object.entries(minutesDecisions).map(([value, label]) => (
            <Radio key={value} value={value} label={label} />
          ))}
        </RadioGroup>
      </Field>
      {decision === 'approvedWithAmendments'
        ? amendments.map((draft, index) => (
            <div
              key={draft.key}
              className={styles.amendment}
              role="group"
              aria-label={`Amendment ${index + 1}`}
            >
              <Field label={`Amendment ${index + 1}: minute`} className={styles.minute}>
                <Select
                  className={styles.select}
                  value={draft.minuteId}
                  onChange={(_, data) => change(draft.key, { minuteId: data.value })}
                >
                  {presented.minutes.map((choice) => (
                    <option key={choice.minute.id} value={choice.minute.id}>
                      {choice.label}
                    </option>
                  ))}
                </Select>
              </Field>
              <Field
                label={`Amendment ${index + 1}: words to change, as the draft prints them`}
                className={styles.field}
              >
                <Input
                  value={draft.original}
                  onChange={(_, data) => change(draft.key, { original: data.value })}
                />
              </Field>
              <Field label={`Amendment ${index + 1}: corrected words`} className={styles.field}>
                <Input
                  value={draft.corrected}
                  onChange={(_, data) => change(draft.key, { corrected: data.value })}
                />
              </Field>
              <Button
                className={styles.remove}
                onClick={() => setAmendments(amendments.filter((other) => other.key !== draft.key))}
              >
                Remove amendment {index + 1}
              </Button>
            </div>
          ))
        : null}
      {presented.minutes.length === 0 ? (
        <Text>The minutes presented have no minutes recorded yet.</Text>
      ) : null}
      <ErrorMessage error={approving.error} title="The approval was not recorded" />
      <div className={styles.buttons}>
        {decision === 'approvedWithAmendments' ? (
          <Button onClick={add} disabled={presented.minutes.length === 0}>
            Add an amendment
          </Button>
        ) : null}
        <Button appearance="primary" type="submit" disabled={approving.busy}>
          Record the approval
        </Button>
      </div>
    </form>
  );
}
