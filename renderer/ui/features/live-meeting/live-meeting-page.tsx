import { MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import type { Editor } from '@tiptap/react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useParams } from 'react-router';
import { openRollCall } from '../../../db/repositories/attendance';
import { ensureDefaultPhrases } from '../../../db/repositories/phrases';
import { Loading } from '../../common/loading';
import { UndoBar } from '../../common/undo-bar';
import { AgendaRail } from './agenda-rail';
import { AttendancePanel } from './attendance-panel';
import { CurrentItem } from './current-item';
import { HelpPanel } from './help-panel';
import { useLiveStyles } from './live-styles';
import { MeetingBar } from './meeting-bar';
import type { MinuteWriter } from './minute-writer';
import { PhrasesEditor } from './phrases-editor';
import { useAttendance, useMeetingEvents, useMeetingFrame, useMinuteStubs } from './use-live-meeting';
import { liveUndoScope, useMeetingKeys, type SidePanel } from './use-meeting-keys';
import { useQuorumWatch } from './use-quorum-watch';

/**
 * "In the meeting": the screen a clerk lives in while the meeting runs. The agenda down the side, the item
 * being taken in front, the clock, quorum and events across the top, attendance one key away (Alt+A), and
 * every shortcut listed beside the work (F1). Nothing here opens a dialog: typing is never interrupted.
 */
export function LiveMeetingPage() {
  const { meetingId = '' } = useParams();
  // Another meeting is another screen: going from one meeting's live screen straight to another's (its address,
  // Back) must not carry the item chosen, the side panel or the last notice of the first into the second.
  return <LiveMeeting key={meetingId} meetingId={meetingId} />;
}

function LiveMeeting({ meetingId }: { meetingId: string }) {
  const live = useLiveStyles();
  const frame = useMeetingFrame(meetingId);
  const minutes = useMinuteStubs(meetingId);
  const attendance = useAttendance(meetingId);
  const events = useMeetingEvents(meetingId);
  const [chosenId, setChosenId] = useState<string>();
  const [side, setSide] = useState<SidePanel>('help');
  const [notice, setNotice] = useState<string>();
  const editorRef = useRef<{ editor: Editor | null; writer: MinuteWriter | null }>({
    editor: null,
    writer: null,
  });
  const onEditor = useCallback((editor: Editor | null, writer: MinuteWriter | null) => {
    editorRef.current = { editor, writer };
  }, []);

  useEffect(() => {
    // The roll call and the standard phrases are there the moment the clerk arrives; both keep what exists.
    void openRollCall(meetingId).catch(() => undefined);
    void ensureDefaultPhrases().catch(() => undefined);
  }, [meetingId]);

  const lastTaken = minutes?.at(-1)?.agendaItemId;
  const selectedId = chosenId ?? lastTaken ?? frame?.agenda[0]?.item.id;
  const entry = frame?.agenda.find((candidate) => candidate.item.id === selectedId);
  const minute = minutes?.find((candidate) => candidate.agendaItemId === selectedId);
  const started = events?.some((event) => event.kind === 'started') ?? false;
  const closed = events?.some((event) => event.kind === 'closed') ?? false;
  const quorum = useQuorumWatch(frame ?? undefined, attendance, started && !closed, lastTaken);
  const defaultParagraph = useMemo(
    () =>
      frame?.agenda.find((candidate) => candidate.item.part === 'B' && candidate.item.exemptParagraph)?.item
        .exemptParagraph ?? 1,
    [frame],
  );
  const { onEvent, take } = useMeetingKeys({
    frame: frame ?? undefined,
    minutes,
    events,
    selectedId,
    select: setChosenId,
    setSide,
    notify: setNotice,
    editor: editorRef,
  });

  if (
    frame === undefined ||
    minutes === undefined ||
    attendance === undefined ||
    events === undefined ||
    !quorum
  )
    return <Loading what="the meeting" />;
  if (frame === null) return <Text>That meeting no longer exists.</Text>;
  return (
    <div className={live.screen}>
      <MeetingBar frame={frame} quorum={quorum.state} defaultParagraph={defaultParagraph} onEvent={onEvent} />
      <AgendaRail
        frame={frame}
        minutes={minutes}
        events={events}
        selectedId={selectedId}
        onSelect={setChosenId}
      />
      <main className={live.main} id="main">
        {quorum.warning ? (
          <MessageBar intent="error" role="alert">
            <MessageBarBody>{quorum.warning}</MessageBarBody>
          </MessageBar>
        ) : null}
        <UndoBar scope={liveUndoScope(frame.meeting.id)} />
        <div role="status" aria-live="polite" className={live.hint} style={{ minHeight: '1.5em' }}>
          {notice}
        </div>
        {entry ? (
          <CurrentItem
            // A new item is a new screen: nothing one item's sections hold can be carried into the next.
            key={entry.item.id}
            frame={frame}
            entry={entry}
            minute={minute}
            attendance={attendance}
            onEditor={onEditor}
            onTake={() => void take(entry.item.id)}
          />
        ) : (
          <Text>This meeting has no agenda yet: add items on the meeting’s Agenda tab.</Text>
        )}
      </main>
      {side === 'attendance' ? (
        <AttendancePanel
          frame={frame}
          attendance={attendance}
          quorum={quorum.state}
          currentItemId={lastTaken}
          onNotice={setNotice}
        />
      ) : null}
      {side === 'help' ? <HelpPanel /> : null}
      {side === 'phrases' ? <PhrasesEditor phrases={frame.phrases} /> : null}
    </div>
  );
}
