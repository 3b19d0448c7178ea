import { Button, Field, Input, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useLiveQuery } from 'dexie-react-hooks';
import { useRef, useState, type KeyboardEvent } from 'react';
import { db } from '../../../db/database';
import {
  addAttendee,
  stampArrival,
  stampDeparture,
  updateAttendance,
} from '../../../db/repositories/attendance';
import { formatClockTime } from '../../../domain/en-gb';
import { itemsNumbered } from '../../../domain/english';
import { attendanceStatuses, type Attendance, type AttendanceStatus } from '../../../domain/model';
import { leftTheRoomFor, type QuorumState } from '../../../domain/quorum';
import { ErrorMessage, messageOf } from '../../common/error-message';
import { useAction } from '../../common/use-action';
import { useStoredDraft } from '../../common/use-stored-draft';
import { focusWhenDrawn } from '../../common/focus-next';
import { useLiveStyles } from './live-styles';
import { SubstituteForm } from './substitute-form';
import { nameIn, type MeetingFrame } from './use-live-meeting';
import { stampNow } from './use-now';
import { shownChoice, shownText, shownTime } from '../../../domain/shown-value';

const useStyles = makeStyles({
  row: {
    display: 'flex',
    flexDirection: 'column',
    padding: '6px 8px',
    borderRadius: tokens.borderRadiusMedium,
    outlineStyle: 'none',
    ':focus': {
      backgroundColor: tokens.colorBrandBackground2,
      boxShadow: `inset 0 0 0 2px ${tokens.colorBrandStroke1}`,
    },
  },
  name: { fontWeight: tokens.fontWeightSemibold },
  status: { fontSize: '15px', color: tokens.colorNeutralForeground2 },
  heading: { fontSize: '18px', margin: `${tokens.spacingVerticalM} 0 ${tokens.spacingVerticalXS}` },
});

const statusKeys: Record<string, AttendanceStatus> = {
  p: 'present',
  a: 'apologies',
  x: 'absent',
  r: 'remote',
};

/**
 * The roll call, one key per mark: P present, A apologies, X absent, R remote, L arrived late now, D left early
 * now (both noted against the item in front). Officers and others present are added by name.
 */
export function AttendancePanel({
  frame,
  attendance,
  quorum,
  currentItemId,
  onNotice,
}: {
  frame: MeetingFrame;
  attendance: Attendance[];
  quorum: QuorumState;
  currentItemId: string | undefined;
  onNotice: (message: string) => void;
}) {
  const styles = useStyles();
  const live = useLiveStyles();
  const list = useRef<HTMLUListElement>(null);
  const [problem, setProblem] = useState<string>();
  const declarations = useLiveQuery(
    () => db.declarations.where('meetingId').equals(frame.meeting.id).toArray(),
    [frame.meeting.id],
  );
  // Out of the room for the item under way after declaring an interest: out of its quorum, back for the next.
  const outForItem = currentItemId ? leftTheRoomFor(declarations ?? [], currentItemId) : new Set<string>();
  const describeLine = (line: Attendance) =>
    describe(line, frame, currentItemId, Boolean(line.personId && outForItem.has(line.personId)));
  const run = (work: Promise<unknown>, notice: string) =>
    work.then(
      () => {
        setProblem(undefined);
        onNotice(notice);
      },
      (error: unknown) => setProblem(messageOf(error)),
    );
  const itemWords = () => {
    const entry = frame.agenda.find((candidate) => candidate.item.id === currentItemId);
    return entry ? ` during item ${entry.number}` : '';
  };
  const onKey = (event: KeyboardEvent<HTMLLIElement>, line: Attendance, index: number) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const key = event.key.toLowerCase();
    const rows = list.current?.querySelectorAll<HTMLElement>('[data-attendance-row]');
    if (key === 'arrowdown' || key === 'arrowup') {
      event.preventDefault();
      rows?.[index + (key === 'arrowdown' ? 1 : -1)]?.focus();
      return;
    }
    const status = statusKeys[key];
    if (status) {
      event.preventDefault();
      if (status === 'remote' && !frame.committee.allowsRemoteAttendance) {
        setProblem(
          `${frame.committee.name} does not allow remote attendance, so ${line.name} cannot be counted remotely.`,
        );
        return;
      }
      void run(
        updateAttendance(line.id, { status }),
        `${line.name}: ${attendanceStatuses[status].toLowerCase()}.`,
      );
    } else if (key === 'l') {
      event.preventDefault();
      const at = stampNow();
      void run(
        stampArrival(line.id, at, currentItemId),
        `${line.name} arrived at ${formatClockTime(at)}${itemWords()}.`,
      );
    } else if (key === 'd') {
      event.preventDefault();
      const at = stampNow();
      void run(
        stampDeparture(line.id, at, currentItemId),
        `${line.name} left at ${formatClockTime(at)}${itemWords()}.`,
      );
    }
  };
  const groups: [string, Attendance[]][] = [
    ['Members', attendance.filter((line) => line.kind === 'member')],
    ['Officers', attendance.filter((line) => line.kind === 'officer')],
    ['Also present', attendance.filter((line) => line.kind === 'alsoPresent')],
  ];
  let index = -1;
  return (
    <aside className={live.side} tabIndex={0} aria-label="Attendance">
      <h2 className={styles.heading}>
        Attendance <span className={live.key}>Alt+A</span>
      </h2>
      <Text>
        {quorum.counted} members present; quorum {quorum.needed}.{' '}
        {quorum.quorate ? 'Quorate.' : `Inquorate: ${quorum.short} more needed.`}
      </Text>
      <p className={live.hint}>
        On a name: P present, A apologies, X absent, R remote, L arrived now, D left now.
      </p>
      <ErrorMessage error={problem} title="Attendance was not changed" />
      <ul className={live.list} ref={list}>
        {groups.map(([title, lines]) =>
          lines.length === 0 ? null : (
            <li key={title}>
              <h3 className={styles.heading}>{title}</h3>
              <ul className={live.list}>
                {lines.map((line) => {
                  index += 1;
                  const position = index;
                  const shownName = withJobTitle(line, frame);
                  return (
                    <li
                      key={line.id}
                      data-attendance-row
                      data-live-focus={position === 0 ? 'attendance' : undefined}
                      tabIndex={0}
                      className={styles.row}
                      aria-label={`${shownName}: ${describeLine(line)}`}
                      onKeyDown={(event) => onKey(event, line, position)}
                    >
                      <span className={styles.name}>{shownName}</span>
                      <span className={styles.status}>{describeLine(line)}</span>
                    </li>
                  );
                })}
              </ul>
            </li>
          ),
        )}
      </ul>
      <SubstituteForm frame={frame} attendance={attendance} />
      <AddAttendee meetingId={frame.meeting.id} />
    </aside>
  );
}

/** An officer with the job title on their people record ("Priya Shah, Head of Policy"), as the minutes print it. */
function withJobTitle(line: Attendance, frame: MeetingFrame): string {
  const jobTitle =
    line.kind === 'officer' && line.personId ? frame.people.get(line.personId)?.position.trim() : '';
  return jobTitle ? `${line.name}, ${jobTitle}` : line.name;
}

function describe(
  line: Attendance,
  frame: MeetingFrame,
  currentItemId: string | undefined,
  outForItem: boolean,
): string {
  const parts: string[] = [shownText(shownChoice(attendanceStatuses, line.status), 'Attendance')];
  if (line.substituteForPersonId)
    parts.push(`substitute for ${nameIn(frame.people, line.substituteForPersonId)}`);
  const itemNumber = (id?: string) => frame.agenda.find((entry) => entry.item.id === id)?.number;
  if (line.arrivedAt)
    parts.push(
      `arrived ${shownText(shownTime(line.arrivedAt), 'Time')}${itemNumber(line.arrivedDuringItemId) ? ` (item ${itemNumber(line.arrivedDuringItemId)})` : ''}`,
    );
  if (line.leftAt)
    parts.push(
      `left ${shownText(shownTime(line.leftAt), 'Time')}${itemNumber(line.leftDuringItemId) ? ` (item ${itemNumber(line.leftDuringItemId)})` : ''}`,
    );
  const current = itemNumber(currentItemId);
  if (outForItem && current) parts.push(`out of the room for item ${current} (declared an interest)`);
  const barredOn = (line.votingBars ?? []).flatMap((bar) => itemNumber(bar.agendaItemId) ?? []);
  if (barredOn.length > 0) parts.push(`barred by law from voting on ${itemsNumbered(barredOn)}`);
  return parts.join(', ');
}

type Attendee = { name: string; kind: 'officer' | 'alsoPresent' };
const noAttendee: Attendee = { name: '', kind: 'officer' };

function AddAttendee({ meetingId }: { meetingId: string }) {
  const live = useLiveStyles();
  const [{ name, kind }, setDraft, clearDraft] = useStoredDraft(`live/attendee/${meetingId}`, noAttendee);
  const setName = (value: string) => setDraft({ name: value, kind });
  const setKind = (value: Attendee['kind']) => setDraft({ name, kind: value });
  const [add, adding] = useAction(addAttendee);
  return (
    <form
      className={live.row}
      aria-label="Add an officer or someone else present"
      onSubmit={(event) => {
        event.preventDefault();
        void add(meetingId, { name, kind }).then((line) => {
          if (!line) return;
          clearDraft();
          focusWhenDrawn('[data-live-focus="attendee"]');
        });
      }}
    >
      <h3 style={{ width: '100%', margin: 0, fontSize: '18px' }}>Officers and others present</h3>
      <Field label="Name (and role)">
        <Input data-live-focus="attendee" value={name} onChange={(_, d) => setName(d.value)} />
      </Field>
      <Field label="As">
        <Select value={kind} onChange={(_, d) => setKind(d.value as 'officer' | 'alsoPresent')}>
          <option value="officer">Officer</option>
          <option value="alsoPresent">Also present</option>
        </Select>
      </Field>
      <Button type="submit" disabled={adding.busy}>
        Add
      </Button>
      <ErrorMessage error={adding.error} title="Not added" />
    </form>
  );
}
