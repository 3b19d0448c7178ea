import { Checkbox, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../../db/database';
import { loadMeetingsToPresent, type MeetingChoice } from '../../../db/read/minutes-presented';
import { chooseMinutesPresented } from '../../../db/repositories/minutes-approval';
import type { AgendaItem } from '../../../domain/model';
import { ErrorMessage } from '../../common/error-message';
import { Loading } from '../../common/loading';
import { useAction } from '../../common/use-action';

const useStyles = makeStyles({
  choices: {
    display: 'flex',
    flexDirection: 'column',
    maxHeight: '16rem',
    overflowY: 'auto',
    border: 'none',
    padding: 0,
    margin: 0,
  },
  legend: { fontWeight: tokens.fontWeightSemibold, paddingBottom: tokens.spacingVerticalXS },
});

/**
 * Which meetings' minutes a "Minutes" item presents: any body's (the last ordinary meeting and a special one, a
 * sub-committee's), ticked here at any time until they are approved. The pack prints them oldest first.
 */
export function MinutesPresentedPicker({
  item,
  presented,
}: {
  item: AgendaItem;
  presented: MeetingChoice[];
}) {
  const styles = useStyles();
  const choices = useLiveQuery(async () => {
    const meeting = await db.meetings.get(item.meetingId);
    return meeting ? loadMeetingsToPresent(meeting) : [];
  }, [item.meetingId]);
  const [choose, choosing] = useAction(chooseMinutesPresented);
  if (choices === undefined) return <Loading what="the meetings" />;
  const chosen = new Set(presented.map((choice) => choice.meeting.id));
  // A meeting presented from further back than the list goes stays listed, so it can be unticked.
  const listed = [
    ...presented.filter((choice) => !choices.some((c) => c.meeting.id === choice.meeting.id)),
    ...choices,
  ];
  const toggle = (choice: MeetingChoice, on: boolean) => {
    const next = listed
      .filter((other) => (other.meeting.id === choice.meeting.id ? on : chosen.has(other.meeting.id)))
      .sort((a, b) => a.meeting.date.localeCompare(b.meeting.date))
      .map((other) => other.meeting.id);
    void choose(item.id, next);
  };
  return (
    <div>
      <ErrorMessage error={choosing.error} title="The minutes presented were not changed" />
      <fieldset className={styles.choices}>
        <legend className={styles.legend}>Minutes this item presents</legend>
        {listed.length === 0 ? <Text>No earlier meeting is on record.</Text> : null}
        {listed.map((choice) => (
          <Checkbox
            key={choice.meeting.id}
            label={choice.label}
            checked={chosen.has(choice.meeting.id)}
            disabled={choosing.busy}
            onChange={(_, data) => toggle(choice, data.checked === true)}
          />
        ))}
      </fieldset>
    </div>
  );
}
