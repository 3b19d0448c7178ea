import { Button, Checkbox, Field, Input, Select } from '@fluentui/react-components';
import { recordMotion } from '../../../db/repositories/motions';
import { setTextAsAmended, withdrawMotion } from '../../../db/repositories/proceedings';
import { exclusionMotionText } from '../../../domain/exclusion';
import { exemptParagraphs, type Attendance, type ExemptParagraph, type Motion } from '../../../domain/model';
import { ErrorMessage } from '../../common/error-message';
import { focusWhenDrawn } from '../../common/focus-next';
import { useAction } from '../../common/use-action';
import { useStoredDraft } from '../../common/use-stored-draft';
import { useLiveStyles } from './live-styles';
import type { MeetingFrame, MinuteStub } from './use-live-meeting';
import { useSignedCorrection } from '../minutes-approval/signed-correction';

type Draft = {
  moverId: string;
  seconderId: string;
  paragraph: string;
  /** Null until typed: the first Part B item's reason stands, and a reason emptied to retype stays empty. */
  reason: string | null;
  itemIds: string[] | null;
};
const blank: Draft = { moverId: '', seconderId: '', paragraph: '', reason: null, itemIds: null };

/**
 * The motion to exclude the press and public (s100A(4)): who moved and seconded it, the Schedule 12A paragraph,
 * the public interest reason and the Part B items it covers, worded as the minutes print it. Its vote is taken
 * like any other; carried, the public are excluded then; lost, the items are heard in public.
 */
export function ExclusionMotionForm({
  frame,
  minute,
  attendance,
}: {
  frame: MeetingFrame;
  minute: MinuteStub;
  attendance: Attendance[];
}) {
  const live = useLiveStyles();
  const partB = frame.agenda.filter((entry) => entry.item.part === 'B');
  const [draft, setDraft, clearDraft] = useStoredDraft(`live/exclusion/${minute.id}`, blank);
  const [move, moving] = useAction(recordMotion);
  const correction = useSignedCorrection();
  if (partB.length === 0) return null;
  const first = partB[0]?.item;
  const itemIds = draft.itemIds ?? partB.map((entry) => entry.item.id);
  const paragraph = Number(draft.paragraph || first?.exemptParagraph || 1) as ExemptParagraph;
  const reason = draft.reason ?? first?.publicInterestReason ?? '';
  const exclusion = { paragraph, publicInterestReason: reason, agendaItemIds: itemIds };
  const numbers = partB.filter((entry) => itemIds.includes(entry.item.id)).map((entry) => entry.number);
  const members = attendance.filter((line) => line.kind === 'member' && line.personId);
  const submit = async () => {
    const motion = await move(
      minute.id,
      {
        text: exclusionMotionText(exclusion, numbers),
        exclusion,
        ...(draft.moverId ? { moverId: draft.moverId } : {}),
        ...(draft.seconderId ? { seconderId: draft.seconderId } : {}),
      },
      correction,
    );
    if (!motion) return;
    clearDraft();
    focusWhenDrawn(`[data-live-focus="vote"][data-motion-id="${motion.id}"]`);
  };
  const person = (label: string, key: 'moverId' | 'seconderId') => (
    <Field label={label}>
      <Select value={draft[key]} onChange={(_, d) => setDraft({ ...draft, [key]: d.value })}>
        <option value="">Not recorded</option>
        {members.map((line) => (
          <option key={line.id} value={line.personId}>
            {line.name}
          </option>
        ))}
      </Select>
    </Field>
  );
  return (
    <form
      aria-label="Move to exclude the press and public"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <div className={live.row}>
        {person('Exclusion moved by', 'moverId')}
        {person('Exclusion seconded by', 'seconderId')}
        <Field label="Schedule 12A paragraph">
          <Select value={String(paragraph)} onChange={(_, d) => setDraft({ ...draft, paragraph: d.value })}>
            {Object.keys(exemptParagraphs).map((key) => (
              <option key={key} value={key}>
                Paragraph {key}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Public interest reason" style={{ flexGrow: 1 }}>
          <Input value={reason} onChange={(_, d) => setDraft({ ...draft, reason: d.value })} />
        </Field>
      </div>
      <div className={live.row} role="group" aria-label="Items it covers">
        {partB.map((entry) => (
          <Checkbox
            key={entry.item.id}
            label={`Item ${entry.number}: ${entry.item.title}`}
            checked={itemIds.includes(entry.item.id)}
            onChange={(_, d) =>
              setDraft({
                ...draft,
                itemIds: d.checked
                  ? [...itemIds, entry.item.id]
                  : itemIds.filter((id) => id !== entry.item.id),
              })
            }
          />
        ))}
      </div>
      <ErrorMessage error={moving.error} title="The motion was not recorded" />
      <Button type="submit" disabled={moving.busy}>
        Move the exclusion of the press and public
      </Button>
    </form>
  );
}

/** Withdraw a motion not yet voted on (with the meeting's consent). */
export function WithdrawButton({ motion }: { motion: Motion }) {
  const [withdraw, withdrawing] = useAction(withdrawMotion);
  const correction = useSignedCorrection();
  return (
    <>
      <Button size="small" onClick={() => void withdraw(motion.id, correction)} disabled={withdrawing.busy}>
        Withdrawn
      </Button>
      <ErrorMessage error={withdrawing.error} title="Not withdrawn" />
    </>
  );
}

/** The substantive motion as amended: what will be put to the vote once an amendment to it has carried. */
export function AsAmendedField({ motion }: { motion: Motion }) {
  // Kept as a draft while typed (a half-typed wording survives leaving the screen), stored on Enter or leaving.
  const [text, setText] = useStoredDraft(`live/as-amended/${motion.id}`, motion.textAsAmended ?? motion.text);
  const [save, saving] = useAction(setTextAsAmended);
  const correction = useSignedCorrection();
  return (
    <Field label="The motion as amended (put to the vote)">
      <Input
        data-live-focus="as-amended"
        data-motion-id={motion.id}
        value={text}
        onChange={(_, d) => setText(d.value)}
        onBlur={() => void save(motion.id, text, correction)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            void save(motion.id, text, correction).then(() =>
              focusWhenDrawn(`[data-live-focus="vote"][data-motion-id="${motion.id}"]`),
            );
          }
        }}
      />
      <ErrorMessage error={saving.error} title="Not stored" />
    </Field>
  );
}
