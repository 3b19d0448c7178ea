import {
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Toolbar,
  ToolbarButton,
  ToolbarDivider,
  Tooltip,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import {
  ArrowExportLtr20Regular,
  CalendarAdd20Regular,
  CalendarCancel20Regular,
  CalendarCheckmark20Regular,
  CalendarEdit20Regular,
  Delete20Regular,
  MoreHorizontal20Regular,
  TaskListLtr20Regular,
} from '@fluentui/react-icons';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { cancelMeeting, nextMeetingStatus } from '../../../db/repositories/meetings';
import { toIsoDate } from '../../../domain/en-gb';
import { mainCommand, type MeetingCommand } from '../../../domain/meeting-stage';
import type { Committee, Meeting, MeetingStatus } from '../../../domain/model';
import { shownDate } from '../../../domain/shown-value';
import { ErrorMessage } from '../../common/error-message';
import { focusWhenDrawn } from '../../common/focus-next';
import { StoredValue } from '../../common/stored-value';
import { useAction } from '../../common/use-action';
import { useMeetingCommands, type CommandButton, type MeetingTab } from './meeting-commands';
import { exportMeetingsIcs, meetingIcsName } from './meeting-ics';
import { DeleteMeetingDialog } from './delete-meeting-dialog';
import { RescheduleForm } from './reschedule-form';

const useStyles = makeStyles({
  bar: {
    flexWrap: 'wrap',
    padding: 0,
    gap: tokens.spacingHorizontalXS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    paddingBottom: tokens.spacingVerticalXS,
  },
});

/** The step that moves the meeting on, where the stage rule has a command for it. */
const stepCommands: Partial<Record<MeetingStatus, MeetingCommand>> = {
  agendaPublished: 'publishAgenda',
  minutesApproved: 'approveMinutes',
};
/** The steps no command names: said as what the clerk marks, so they never read as the status itself. */
const stepWords: Partial<Record<MeetingStatus, string>> = {
  held: 'Mark as held',
  minutesDrafted: 'Mark minutes as drafted',
};

function Command({ command, primary = false }: { command: CommandButton; primary?: boolean }) {
  return (
    <ToolbarButton
      appearance={primary ? 'primary' : 'subtle'}
      icon={command.icon}
      disabled={command.busy}
      onClick={command.run}
    >
      {command.label}
    </ToolbarButton>
  );
}

/**
 * The meeting's commands, as Office lays them out: one bar of buttons, the stage's own command first and
 * primary (domain/meeting-stage.ts), the other everyday ones beside it, and the rare ones (export, calendar,
 * reschedule, cancel) under "More". Arrow keys move along the bar; Tab leaves it.
 */
export function MeetingCommandBar({
  meeting,
  committee,
  businessItems,
  openTab,
}: {
  meeting: Meeting;
  committee: Committee | undefined;
  businessItems: number;
  openTab: (tab: MeetingTab) => void;
}) {
  const styles = useStyles();
  const navigate = useNavigate();
  const commands = useMeetingCommands(meeting, openTab);
  const [rescheduling, setRescheduling] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [cancel, cancelling] = useAction(cancelMeeting);
  const [exportIcs, exporting] = useAction(exportMeetingsIcs);
  const main = mainCommand({
    status: meeting.status,
    date: meeting.date,
    today: toIsoDate(new Date()),
    businessItems,
  });
  const next = nextMeetingStatus(meeting.status);
  const stepCommand = next ? stepCommands[next] : undefined;
  const cancelled = meeting.status === 'cancelled';
  const beforeTheMeeting = meeting.status === 'planned' || meeting.status === 'agendaPublished';
  const besides = (name: MeetingCommand) =>
    name === main ? null : <Command command={commands.command(name)} />;
  const error = commands.error ?? cancelling.error ?? exporting.error;
  return (
    <>
      <Toolbar aria-label="Meeting commands" className={styles.bar}>
        <Command command={commands.command(main)} primary />
        {stepCommand ? besides(stepCommand) : null}
        {next && stepWords[next] ? (
          <ToolbarButton
            icon={<CalendarCheckmark20Regular />}
            disabled={commands.advancing}
            onClick={commands.advance}
          >
            {stepWords[next]}
          </ToolbarButton>
        ) : null}
        <ToolbarDivider />
        {cancelled ? null : besides('goIntoMeeting')}
        <ToolbarButton
          icon={<TaskListLtr20Regular />}
          onClick={() => void navigate(`/actions/meeting/${meeting.id}`)}
        >
          Action list
        </ToolbarButton>
        {cancelled ? null : besides('saveMinutes')}
        <Menu>
          <MenuTrigger disableButtonEnhancement>
            <Tooltip content="More commands" relationship="label">
              <ToolbarButton icon={<MoreHorizontal20Regular />} />
            </Tooltip>
          </MenuTrigger>
          <MenuPopover>
            <MenuList>
              <MenuItem
                icon={<ArrowExportLtr20Regular />}
                onClick={() => void navigate(`/sync?meeting=${meeting.id}`)}
              >
                Export this meeting
              </MenuItem>
              {cancelled ? null : (
                <MenuItem
                  icon={<CalendarAdd20Regular />}
                  onClick={() =>
                    void exportIcs([meeting], meetingIcsName(committee?.name ?? 'Meeting', meeting))
                  }
                >
                  Add to calendar (.ics)
                </MenuItem>
              )}
              {beforeTheMeeting || cancelled ? (
                <MenuItem
                  icon={<CalendarEdit20Regular />}
                  onClick={() => {
                    setRescheduling(true);
                    focusWhenDrawn('form[aria-label="Reschedule the meeting"]');
                  }}
                >
                  Reschedule
                </MenuItem>
              ) : null}
              {beforeTheMeeting ? (
                <MenuItem icon={<CalendarCancel20Regular />} onClick={() => void cancel(meeting.id)}>
                  Cancel the meeting
                </MenuItem>
              ) : null}
              {beforeTheMeeting || cancelled ? (
                <MenuItem icon={<Delete20Regular />} onClick={() => setDeleting(true)}>
                  Delete the meeting
                </MenuItem>
              ) : null}
            </MenuList>
          </MenuPopover>
        </Menu>
      </Toolbar>
      <ErrorMessage error={error} title="The meeting was not changed" />
      <DeleteMeetingDialog meeting={meeting} open={deleting} onClose={() => setDeleting(false)} />
      <ErrorMessage error={commands.saveError} title="The minutes document was not made" />
      {meeting.rescheduledFrom ? (
        <p>
          Rescheduled from{' '}
          <StoredValue value={shownDate(meeting.rescheduledFrom)} field="Date first planned" />.
        </p>
      ) : null}
      {rescheduling ? <RescheduleForm meeting={meeting} onDone={() => setRescheduling(false)} /> : null}
    </>
  );
}
