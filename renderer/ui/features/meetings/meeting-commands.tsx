import {
  ArrowUndo20Regular,
  CheckmarkCircle20Regular,
  DocumentMultiple20Regular,
  Edit20Regular,
  PeopleAudience20Regular,
  Save20Regular,
  Send20Regular,
  TextBulletListAdd20Regular,
} from '@fluentui/react-icons';
import { useEffect, useState, type ReactElement } from 'react';
import { useNavigate } from 'react-router';
import { advanceMeeting, reinstateMeeting } from '../../../db/repositories/meetings';
import { toIsoDate } from '../../../domain/en-gb';
import { meetingCommands, type MeetingCommand } from '../../../domain/meeting-stage';
import type { Meeting } from '../../../domain/model';
import { focusWhenDrawn } from '../../common/focus-next';
import { useAction } from '../../common/use-action';

/** The meeting page's tabs, which several commands open. */
export type MeetingTab = 'agenda' | 'attendance' | 'minutes' | 'papers';

export type CommandButton = { label: string; icon: ReactElement; run: () => void; busy: boolean };

const icons: Record<MeetingCommand, ReactElement> = {
  reinstate: <ArrowUndo20Regular />,
  buildAgenda: <TextBulletListAdd20Regular />,
  makeAgendaPack: <DocumentMultiple20Regular />,
  publishAgenda: <Send20Regular />,
  goIntoMeeting: <PeopleAudience20Regular />,
  writeMinutes: <Edit20Regular />,
  approveMinutes: <CheckmarkCircle20Regular />,
  saveMinutes: <Save20Regular />,
};

// The same minutes as the Papers tab makes, in the organisation's template when it has one: one path, one result.
// The Word builders load at the press (the button shows it is busy meanwhile), not with the meeting screen,
// whose first open after a start waited for them; the meeting page fetches them at idle once it is on screen.
const saveMinutes = async (meetingId: string) =>
  (await import('../documents/meeting-documents')).saveMinutesDocument(meetingId, 'A');

/**
 * What each command of domain/meeting-stage.ts does on the meeting page: open the tab where the work is done
 * and put the focus on its first field, open the live screen, or make the change. `error` is the last failure.
 */
export function useMeetingCommands(meeting: Meeting, openTab: (tab: MeetingTab) => void) {
  const navigate = useNavigate();
  const [advance, advancing] = useAction(advanceMeeting);
  const [reinstate, reinstating] = useAction(reinstateMeeting);
  const [save, saving] = useAction(saveMinutes);
  // The field to focus once the tab asked for is drawn: looked for after React commits the tab (an effect),
  // not on the next animation frame, which headless Chromium under load delivered seconds late.
  const [focusNext, setFocusNext] = useState<{ field: string }>();
  useEffect(() => {
    if (focusNext) focusWhenDrawn(focusNext.field, performance.now() + 10_000);
  }, [focusNext]);
  const openAt = (tab: MeetingTab, firstField: string) => {
    openTab(tab);
    setFocusNext({ field: firstField });
  };
  const runs: Record<MeetingCommand, { run: () => void; busy: boolean }> = {
    reinstate: { run: () => void reinstate(meeting.id), busy: reinstating.busy },
    buildAgenda: {
      run: () => openAt('agenda', 'form[aria-label="Add agenda item"]'),
      busy: false,
    },
    makeAgendaPack: {
      run: () => openAt('papers', 'section[aria-label="Agenda packs"]'),
      busy: false,
    },
    publishAgenda: {
      run: () => void advance(meeting.id, toIsoDate(new Date())),
      busy: advancing.busy,
    },
    goIntoMeeting: { run: () => void navigate(`/meetings/${meeting.id}/live`), busy: false },
    writeMinutes: { run: () => openAt('minutes', 'section[role="tabpanel"]'), busy: false },
    approveMinutes: {
      run: () => void advance(meeting.id, toIsoDate(new Date())),
      busy: advancing.busy,
    },
    saveMinutes: { run: () => void save(meeting.id), busy: saving.busy },
  };
  const command = (name: MeetingCommand): CommandButton => ({
    label: meetingCommands[name],
    icon: icons[name],
    ...runs[name],
  });
  return {
    command,
    /** Move the meeting one step on (held, minutes drafted) where no command above names the step. */
    advance: () => void advance(meeting.id, toIsoDate(new Date())),
    advancing: advancing.busy,
    error: advancing.error ?? reinstating.error,
    saveError: saving.error,
  };
}
