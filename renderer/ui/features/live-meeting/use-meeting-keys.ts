import type { Editor } from '@tiptap/react';
import { useCallback, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { recordEvent, removeEvent } from '../../../db/repositories/events';
import { takeItemInMeeting } from '../../../db/repositories/minutes';
import { formatClockTime } from '../../../domain/en-gb';
import { nextItemToTake } from '../../../domain/minute-order';
import type { ExemptParagraph, MeetingEvent } from '../../../domain/model';
import { phraseOnDigit, phraseWithKind } from '../../../domain/phrases';
import { matchShortcut, type Matched, type ShortcutId } from './live-shortcuts';
import { applyPhrase, insertPhrase } from './minute-editor';
import type { MinuteWriter } from './minute-writer';
import { minuteNumberIn, type MeetingFrame, type MinuteStub } from './use-live-meeting';
import { agendaItemName } from '../../../domain/agenda-numbering';
import { offerUndo } from '../../common/undo';
import { TypeAhead, typeInto } from './type-ahead';
import { stampNow } from './use-now';
import type { MeetingAction } from './meeting-bar';
import { messageOf } from '../../common/error-message';

const closeConfirmMs = 8000;

/** Where the live screen's undoable acts are offered (closing the meeting). */
export const liveUndoScope = (meetingId: string) => `live/${meetingId}`;

export type SidePanel = 'help' | 'attendance' | 'phrases' | undefined;

type Setup = {
  frame: MeetingFrame | undefined;
  minutes: MinuteStub[] | undefined;
  events: MeetingEvent[] | undefined;
  selectedId: string | undefined;
  select: (itemId: string) => void;
  setSide: (update: (side: SidePanel) => SidePanel) => void;
  notify: (message: string) => void;
  editor: RefObject<{ editor: Editor | null; writer: MinuteWriter | null }>;
};

const sectionOf: Partial<Record<ShortcutId, string>> = {
  minute: 'minute',
  resolution: 'resolution',
  declarations: 'declarations',
  motions: 'motions',
  vote: 'vote',
  proceedings: 'proceedings',
  conclusions: 'conclusions',
  urgent: 'urgent',
  history: 'history',
};

/** What to do with keys held while the focus was on its way (see TypeAhead). */
type Landing = {
  /** Whether the field can take the keys yet (the minute's editor is wired up a moment after it is drawn). */
  ready: (target: HTMLElement) => boolean;
  land: (target: HTMLElement) => void;
  giveUp: () => void;
};

/** The latest request to move the focus, and whether it lands held keys: only it may still land (focusPart). */
const latestFocus = { request: 0, landsKeys: false };

/**
 * Focus a part of the screen once React has drawn it (an item just taken takes a moment to open; on a busy
 * laptop its section's code may take seconds to arrive). A later request wins: a clerk who takes an item and
 * presses Alt+G before its minute is ready must not have the focus pulled back to the minute when it is.
 */
function focusPart(name: string, within = '', landing?: Landing): void {
  const request = latestFocus.request + 1;
  Object.assign(latestFocus, { request, landsKeys: landing !== undefined });
  const until = performance.now() + 15_000;
  const attempt = (): void => {
    if (request !== latestFocus.request) {
      // Keys held for this field go to the newer one if it takes held keys (the next item taken); otherwise
      // they are shown to copy, and the keyboard is the clerk's again at once.
      if (!latestFocus.landsKeys) landing?.giveUp();
      return;
    }
    const target = document.querySelector<HTMLElement>(`[data-live-focus="${name}"]${within}`);
    const focusable = target?.matches('input, select, textarea, button, [tabindex], [contenteditable]')
      ? target
      : target?.querySelector<HTMLElement>('[contenteditable], input, select, textarea, button');
    if (focusable && (!landing || landing.ready(focusable))) {
      // At once, so the very next key the clerk types lands here.
      focusable.focus();
      focusable.scrollIntoView({ block: 'nearest' });
      landing?.land(focusable);
    } else if (performance.now() < until) requestAnimationFrame(attempt);
    else landing?.giveUp();
  };
  attempt();
}

/**
 * The meeting's keyboard: Alt shortcuts work everywhere, the editor included (see live-shortcuts.ts), and
 * the meeting's events are stamped with the time the key was pressed.
 */
export function useMeetingKeys(setup: Setup) {
  const { frame, minutes, events, selectedId, select, setSide, notify, editor } = setup;
  const [typeAhead] = useState(() => new TypeAhead());
  // Shortcuts that must wait, in the order pressed: any shortcut while the screen is still reading the meeting (as
  // it opens, and for a moment after an item is taken, while the list of minutes is read again), and a phrase
  // (Alt+1 to Alt+9) while an item is being taken, for the minute it goes into is not open yet. They run once the
  // screen can take them: a fast clerk's Alt+N then Alt+1 makes the new item's resolution, not a refusal.
  const waiting = useRef<Matched[]>([]);
  const runWaiting = useRef(() => {});

  const landing = useCallback((): Landing => {
    // Nothing typed is dropped without a word: keys that found no field are shown to copy.
    const keptAside = (text: string) =>
      notify(
        `Typed while the item was opening, and not placed anywhere: “${text}”. Copy it where it belongs.`,
      );
    return {
      ready: (target) => !target.isContentEditable || editor.current.editor?.view.dom === target,
      land: (target) => {
        typeAhead.land((text) => {
          if (!typeInto(target, text, editor.current.editor)) keptAside(text);
        });
        runWaiting.current();
      },
      giveUp: () => {
        typeAhead.land(keptAside);
        runWaiting.current();
      },
    };
  }, [typeAhead, editor, notify]);

  const take = useCallback(
    async (itemId: string) => {
      if (!frame) return;
      const entry = frame.agenda.find((candidate) => candidate.item.id === itemId);
      try {
        const at = stampNow();
        const minute = await takeItemInMeeting(frame.meeting.id, itemId, at);
        select(itemId);
        const shown = minuteNumberIn(frame, minute.number);
        const what = entry ? agendaItemName(entry, true) : 'The item';
        notify(`${what} taken at ${formatClockTime(at)}: ${shown ? `minute ${shown}` : 'no minute number'}.`);
        focusPart('minute', `[data-minute-id="${minute.id}"]`, landing());
      } catch (error) {
        notify(messageOf(error));
        landing().giveUp();
      }
    },
    [frame, select, notify, landing],
  );

  // Closing is asked twice (Alt+Q, then Alt+Q again within a few seconds): one key must not end the record of a
  // meeting by accident. Nothing modal: the question is in the status line and typing carries on.
  const closeAsked = useRef(Number.NEGATIVE_INFINITY);
  const onEvent = useCallback(
    (action: MeetingAction, paragraph?: ExemptParagraph) => {
      if (!frame || !events) return;
      const at = stampNow();
      if (action === 'close' && !events.some((event) => event.kind === 'closed')) {
        if (performance.now() - closeAsked.current > closeConfirmMs) {
          closeAsked.current = performance.now();
          notify(
            `Close the meeting at ${formatClockTime(at)}? Press Alt+Q (or Close) again to close it; carry on typing to keep it open.`,
          );
          return;
        }
        closeAsked.current = Number.NEGATIVE_INFINITY;
      }
      const current = minutes?.at(-1)?.agendaItemId;
      const started = events.some((event) => event.kind === 'started');
      const breaks = events.filter((event) => event.kind === 'adjourned' || event.kind === 'resumed');
      const kind =
        action === 'start'
          ? !started
            ? 'started'
            : breaks.at(-1)?.kind === 'adjourned'
              ? 'resumed'
              : undefined
          : action === 'adjourn'
            ? 'adjourned'
            : action === 'exclude'
              ? 'publicExcluded'
              : action === 'readmit'
                ? 'publicReadmitted'
                : 'closed';
      if (!kind) {
        notify('The meeting is already under way.');
        return;
      }
      recordEvent(frame.meeting.id, {
        kind,
        at,
        ...(kind === 'publicExcluded' ? { exemptParagraph: paragraph ?? 1 } : {}),
        // The item under discussion is the one last taken, whatever the clerk is looking at.
        ...(current ? { agendaItemId: current } : {}),
      }).then(
        (event) => {
          if (kind === 'closed')
            offerUndo({
              scope: liveUndoScope(frame.meeting.id),
              what: `Meeting closed at ${formatClockTime(at)}.`,
              undo: () => removeEvent(event.id),
            });
          notify(
            `${kind === 'publicExcluded' ? `Press and public excluded (Schedule 12A paragraph ${event.exemptParagraph})` : kind === 'started' ? 'Meeting started' : kind === 'resumed' ? 'Meeting resumed' : kind === 'adjourned' ? 'Meeting adjourned' : kind === 'closed' ? 'Meeting closed' : 'Press and public readmitted'} at ${formatClockTime(at)}.`,
          );
        },
        (error: unknown) => notify(messageOf(error)),
      );
    },
    [frame, events, minutes, notify],
  );

  // A layout effect, so the shortcuts listen from the moment the screen is drawn: with a plain effect there is a
  // moment after the agenda appears (longer on a busy laptop) when Alt+S or Alt+T would be lost without a word.
  useLayoutEffect(() => {
    const handle = (matched: Matched) => {
      if (!frame || !minutes) return;
      const agenda = frame.agenda;
      const index = agenda.findIndex((entry) => entry.item.id === selectedId);
      const section = sectionOf[matched.id];
      if (section) {
        focusPart(section);
        return;
      }
      switch (matched.id) {
        case 'nextItem':
        case 'previousItem': {
          const next =
            agenda[Math.min(agenda.length - 1, Math.max(0, index + (matched.id === 'nextItem' ? 1 : -1)))];
          if (next) select(next.item.id);
          return;
        }
        case 'takeItem':
          if (selectedId) {
            // The clerk types on at once: hold the keys until the minute is open.
            typeAhead.begin();
            void take(selectedId);
          }
          return;
        case 'takeNext': {
          const next = nextItemToTake(agenda, new Set(minutes.map((minute) => minute.agendaItemId)));
          if (next) {
            typeAhead.begin();
            void take(next.item.id);
          } else notify('Every item on the agenda has been taken.');
          return;
        }
        case 'phrase': {
          const phrase = phraseOnDigit(frame.phrases, matched.digit ?? 0);
          const current = editor.current.editor;
          if (!phrase) notify(`No phrase is on Alt+${matched.digit}: Alt+K to add one.`);
          else if (!current) notify('Take the item first (Alt+T), then insert phrases into its minute.');
          else if (phraseWithKind(phrase).kind === 'resolution') {
            // The item in front's own minute: a phrase never reaches another item's resolution.
            const minute = minutes.find((candidate) => candidate.agendaItemId === selectedId);
            if (!minute) notify('Take the item first (Alt+T), then use phrases on its minute.');
            else if (!current.isEditable) notify('This minute is signed: give a reason to change it first.');
            else
              void applyPhrase(current, minute.id, phrase).then(
                () => notify(`Resolution made: ${phrase.label}.`),
                (error: unknown) => notify(messageOf(error)),
              );
          } else insertPhrase(current, phrase.text);
          return;
        }
        case 'attendance':
        case 'phrases':
        case 'help': {
          const panel = matched.id;
          setSide((side) => (side === panel && panel !== 'attendance' ? undefined : panel));
          if (panel === 'attendance') focusPart('attendance');
          return;
        }
        case 'start':
          onEvent('start');
          return;
        case 'adjourn':
          onEvent('adjourn');
          return;
        case 'exclude':
          focusPart('exclusion');
          document.getElementById('live-exclusion-paragraph')?.focus();
          notify('Choose the Schedule 12A paragraph with the arrow keys, then press Enter.');
          return;
        case 'readmit':
          onEvent('readmit');
          return;
        case 'close':
          onEvent('close');
          return;
      }
    };
    const mustWait = (shortcut: Matched) =>
      !frame || !minutes || (shortcut.id === 'phrase' && typeAhead.active);
    const onKey = (event: KeyboardEvent) => {
      const matched = matchShortcut(event);
      if (!matched) return;
      event.preventDefault();
      event.stopPropagation();
      if (waiting.current.length === 0 && !mustWait(matched)) handle(matched);
      else waiting.current.push(matched);
    };
    runWaiting.current = () => {
      // One at a time: a take among them starts holding again, and what follows it waits for its minute.
      while (waiting.current.length > 0) {
        const next = waiting.current[0];
        if (!next || mustWait(next)) return;
        waiting.current.shift();
        handle(next);
      }
    };
    runWaiting.current();
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [frame, minutes, selectedId, select, take, onEvent, setSide, notify, editor, typeAhead]);

  return { onEvent, take };
}
