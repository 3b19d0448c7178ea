import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Editor } from '@tiptap/react';
import { useEffect, useState } from 'react';
import { db } from '../../../db/database';
import { agendaItemName, type NumberedAgendaItem } from '../../../domain/agenda-numbering';
import { writesSettled } from '../../common/write-through';
import type { Attendance, RichText } from '../../../domain/model';
import { ConclusionsSection } from './conclusions-section';
import { DeclarationsSection } from './declarations-section';
import { HistorySection } from './history-section';
import { ItemElsewhere } from './item-elsewhere';
import { useLiveStyles } from './live-styles';
import { MinuteEditor } from './minute-editor';
import type { MinuteWriter } from './minute-writer';
import { MotionsSection } from './motions-section';
import { PublicSessionQuestion } from './public-session-question';
import { RunningOrderSection } from './running-order-section';
import { ResolutionSection } from './resolution-section';
import { UrgentSection } from './urgent-section';
import { storedKey } from './stored-keys';
import { useItemLock } from '../../common/use-item-lock';
import { minuteLabelIn, minuteNumberIn, type MeetingFrame, type MinuteStub } from './use-live-meeting';
import { shownText, shownTime } from '../../../domain/shown-value';
import { minutesSigned, presentsMinutes } from '../../../domain/minutes-presented';
import { MinutesItemPanel } from '../minutes-approval/minutes-item-panel';
import { liveUndoScope } from './use-meeting-keys';
import { useSignedMinuteLock } from '../minutes-approval/signed-minute-lock';
import { SignedCorrectionContext } from '../minutes-approval/signed-correction';

const useStyles = makeStyles({
  heading: { margin: 0, fontSize: '30px', lineHeight: '1.25', fontWeight: tokens.fontWeightSemibold },
  number: { fontSize: '18px', color: tokens.colorBrandForeground1, fontWeight: tokens.fontWeightSemibold },
  facts: { color: tokens.colorNeutralForeground2, fontSize: '16px' },
  // Groups what a signed minute holds so it can be disabled as one; looks like no box at all.
  signed: { border: 'none', margin: 0, padding: 0, minWidth: 0, display: 'contents' },
});

export type EditorHandle = { editor: Editor | null; writer: MinuteWriter | null };

/** The item in front of the clerk: its heading and, once taken, everything minuted on it. */
export function CurrentItem({
  frame,
  entry,
  minute,
  attendance,
  onEditor,
  onTake,
}: {
  frame: MeetingFrame;
  entry: NumberedAgendaItem;
  minute: MinuteStub | undefined;
  attendance: Attendance[];
  onEditor: (editor: Editor | null, writer: MinuteWriter | null) => void;
  onTake: () => void;
}) {
  const styles = useStyles();
  const live = useLiveStyles();
  const { item, number } = entry;
  const minuteLabel = minute ? minuteLabelIn(frame, minute.number, item.title) : '';
  const shownNumber = minute ? minuteNumberIn(frame, minute.number) : '';
  const lock = useItemLock(item.id);
  const signed = useSignedMinuteLock(minute?.id ?? '', minute?.number ?? '', minutesSigned(frame.meeting));
  const [initial, setInitial] = useState<{ minuteId: string; text: RichText; turn: number }>();
  useEffect(() => {
    let current = true;
    // Read afresh each time this window takes the item: another window may have written to it meanwhile.
    if (minute && lock.state === 'mine')
      void writesSettled(storedKey.minute(minute.id))
        .then(() => db.minutes.get(minute.id))
        .then((stored) => {
          if (current && stored) setInitial({ minuteId: stored.id, text: stored.text, turn: lock.turn });
        });
    return () => {
      current = false;
    };
  }, [minute, lock.state, lock.turn]);

  return (
    <article
      className={live.column}
      aria-label={number ? `Item ${number}: ${item.title}` : `Unnumbered section: ${item.title}`}
    >
      <div>
        <div className={styles.number}>
          {number ? `Item ${number}` : 'Unnumbered section'}
          {!minute
            ? ' · not taken yet'
            : shownNumber
              ? ` · Minute ${shownNumber}.`
              : ' · minuted without a number'}
          {item.part === 'B' ? ' · Part B (exempt)' : ''}
        </div>
        <h2 className={styles.heading}>{item.title}</h2>
        {minute?.startedAt ? (
          <div className={styles.facts}>Taken at {shownText(shownTime(minute.startedAt), 'Time taken')}</div>
        ) : null}
        {item.description ? <p className={styles.facts}>{item.description}</p> : null}
      </div>
      {item.urgent ? <UrgentSection item={item} /> : null}
      {presentsMinutes(item) ? (
        <section className={live.section} aria-label="Minutes presented for approval">
          <h3 className={live.sectionTitle}>Minutes presented for approval</h3>
          <MinutesItemPanel
            item={item}
            meetingDate={frame.meeting.date}
            undoScope={liveUndoScope(frame.meeting.id)}
          />
        </section>
      ) : null}
      {!minute ? (
        <section className={live.section}>
          <Text>
            This item has no minute yet. Take it when the Chair reaches it: its minute number follows the
            order items are taken.
          </Text>
          <div>
            <Button appearance="primary" onClick={onTake}>
              Take {agendaItemName(entry)} now <span className={live.key}>Alt+T</span>
            </Button>
          </div>
        </section>
      ) : lock.state === 'elsewhere' ? (
        <ItemElsewhere minuteId={minute.id} label={minuteLabel} />
      ) : lock.state === 'waiting' || initial?.minuteId !== minute.id || initial.turn !== lock.turn ? (
        <Text>Opening the minute…</Text>
      ) : (
        <SignedCorrectionContext.Provider key={lock.turn} value={signed.correction}>
          <section className={live.section} aria-label="Minute text">
            <h3 className={live.sectionTitle}>
              Minute <span className={live.key}>Alt+M</span>
            </h3>
            {signed.notice}
            <MinuteEditor
              editable={signed.editable}
              key={minute.id}
              minuteId={minute.id}
              initial={initial.text}
              label={minuteLabel}
              phrases={frame.phrases}
              onEditor={onEditor}
              numbering={{
                style: frame.committee.minuteNumberFormat?.paragraphNumbers,
                minuteNumber: shownNumber,
              }}
            />
          </section>
          {/* Signed minutes: the resolution, declarations, motions and history refuse changes too, until a reason. */}
          <fieldset className={styles.signed} disabled={!signed.editable}>
            <ResolutionSection minuteId={minute.id} title={item.title} style={frame.style} />
            <DeclarationsSection frame={frame} item={item} attendance={attendance} />
            {item.part === 'B' ? <PublicSessionQuestion frame={frame} minute={minute} item={item} /> : null}
            <MotionsSection frame={frame} minute={minute} attendance={attendance} />
            <RunningOrderSection frame={frame} minute={minute} attendance={attendance} />
            <ConclusionsSection frame={frame} minute={minute} />
            <HistorySection
              minuteId={minute.id}
              onRestored={(text) => setInitial({ minuteId: minute.id, text, turn: lock.turn })}
            />
          </fieldset>
        </SignedCorrectionContext.Provider>
      )}
    </article>
  );
}
