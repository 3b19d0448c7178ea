import { Button, Field, Select } from '@fluentui/react-components';
import { recordVotingBar, removeVotingBar } from '../../../db/repositories/voting-bars';
import { statutoryBars, type AgendaItem, type Attendance, type StatutoryBar } from '../../../domain/model';
import { ErrorMessage } from '../../common/error-message';
import { PersonPicker } from '../../common/person-picker';
import { focusWhenDrawn } from '../../common/focus-next';
import { useAction } from '../../common/use-action';
import { useStoredDraft } from '../../common/use-stored-draft';
import { useLiveStyles } from './live-styles';
import { nameIn, type MeetingFrame } from './use-live-meeting';
import { useSignedCorrection } from '../minutes-approval/signed-correction';

type Draft = { personId: string; itemId: string; bar: StatutoryBar };
const blank: Draft = { personId: '', itemId: '', bar: 'councilTaxArrears' };

/**
 * "Barred from voting (not an interest)": a member the law stops voting on an item, such as section 106 of the
 * Local Government Finance Act 1992 (council tax arrears) on budget and council tax items. Kept apart from the
 * declarations of interest so it is never minuted as one.
 */
export function VotingBarForm({
  frame,
  item,
  attendance,
  gathering,
}: {
  frame: MeetingFrame;
  item: AgendaItem;
  attendance: Attendance[];
  /** Under the "Declarations of Interest" item: bars on every item are shown and may be recorded. */
  gathering: boolean;
}) {
  const live = useLiveStyles();
  const [draft, setDraft, clearDraft] = useStoredDraft(`live/voting-bar/${item.id}`, blank);
  const [record, recording] = useAction(recordVotingBar);
  const [remove, removing] = useAction(removeVotingBar);
  const correction = useSignedCorrection();
  // A draft kept from an older Chamber may name a bar this one does not know: fall back to the first.
  const bar: StatutoryBar = draft.bar in statutoryBars ? draft.bar : blank.bar;
  // Any member on the roll may be barred (in the room or not): the vote then refuses to count them.
  const members = [
    ...new Set(
      attendance.flatMap((line) => (line.kind === 'member' && line.personId ? [line.personId] : [])),
    ),
  ].flatMap((personId) => frame.people.get(personId) ?? []);
  const numberOf = (itemId: string) => frame.agenda.find((entry) => entry.item.id === itemId)?.number ?? '?';
  const recorded = attendance
    .filter((line) => line.kind === 'member' && line.personId)
    .flatMap((line) =>
      (line.votingBars ?? [])
        .filter((bar) => (gathering || bar.agendaItemId === item.id) && bar.bar in statutoryBars)
        .map((bar) => ({ line, ...bar })),
    );
  const add = async () => {
    const saved = await record(
      frame.meeting.id,
      {
        personId: draft.personId,
        agendaItemId: draft.itemId || item.id,
        bar,
      },
      correction,
    );
    if (saved) {
      clearDraft();
      focusWhenDrawn('[data-live-focus="voting-bar"]');
    }
  };
  return (
    <div role="group" aria-label="Barred from voting (not an interest)" className={live.section}>
      <strong>Barred from voting (not an interest)</strong>
      {recorded.length > 0 ? (
        <ul className={live.list}>
          {recorded.map(({ line, agendaItemId, bar }) => (
            <li key={`${line.id}/${agendaItemId}/${bar}`}>
              {gathering ? `Item ${numberOf(agendaItemId)}: ` : ''}
              {nameIn(frame.people, line.personId)}: may not vote, being barred by {statutoryBars[bar].law}.{' '}
              <Button
                size="small"
                appearance="subtle"
                disabled={removing.busy}
                aria-label={`Remove the bar on ${nameIn(frame.people, line.personId)} voting on item ${numberOf(agendaItemId)}`}
                onClick={() => void remove(line.id, agendaItemId, bar, correction)}
              >
                Remove
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
      <ErrorMessage error={recording.error ?? removing.error} title="The bar was not recorded" />
      <form
        className={live.row}
        aria-label="Record a member barred from voting"
        onSubmit={(event) => {
          event.preventDefault();
          void add();
        }}
      >
        <PersonPicker
          label="Member"
          liveFocus="voting-bar"
          people={members}
          personId={draft.personId}
          onChange={(personId) => setDraft({ ...draft, personId })}
          placeholder="Type a name, then Enter"
          moveOnWhenPicked
        />
        <Field label="On item">
          <Select
            value={draft.itemId || item.id}
            onChange={(_, d) => setDraft({ ...draft, itemId: d.value })}
          >
            {frame.agenda.map((entry) => (
              <option key={entry.item.id} value={entry.item.id}>
                {entry.number}. {entry.item.title}
              </option>
            ))}
          </Select>
        </Field>
        <Field
          label="Barred by"
          hint={`Under ${statutoryBars[bar].law}, on ${statutoryBars[bar].appliesTo}.`}
        >
          <Select value={bar} onChange={(_, d) => setDraft({ ...draft, bar: d.value as StatutoryBar })}>
            {Object.entries(statutoryBars).map(([value, { label }]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </Select>
        </Field>
        <Button type="submit" disabled={recording.busy}>
          Record the bar
        </Button>
      </form>
    </div>
  );
}
