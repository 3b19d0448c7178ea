import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Editor } from '@tiptap/react';
import { useEffect, useState } from 'react';
import { db } from '../../../db/database';
import type { NumberedAgendaItem } from '../../../domain/agenda-numbering';
import { formatClockTime } from '../../../domain/en-gb';
import type { Attendance, RichText } from '../../../domain/model';
import { ConclusionsSection } from './conclusions-section';
import { DeclarationsSection } from './declarations-section';
import { HistorySection } from './history-section';
import { useLiveStyles } from './live-styles';
import { MinuteEditor } from './minute-editor';
import type { MinuteWriter } from './minute-writer';
import { MotionsSection } from './motions-section';
import { ResolutionSection } from './resolution-section';
import { UrgentSection } from './urgent-section';
import type { MeetingFrame, MinuteStub } from './use-live-meeting';

const useStyles = makeStyles({
  heading: { margin: 0, fontSize: '30px', lineHeight: '1.25', fontWeight: tokens.fontWeightSemibold },
  number: { fontSize: '18px', color: tokens.colorBrandForeground1, fontWeight: tokens.fontWeightSemibold },
  facts: { color: tokens.colorNeutralForeground2, fontSize: '16px' },
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
  const [initial, setInitial] = useState<{ minuteId: string; text: RichText }>();
  useEffect(() => {
    let current = true;
    if (minute)
      void db.minutes.get(minute.id).then((stored) => {
        if (current && stored) setInitial({ minuteId: stored.id, text: stored.text });
      });
    return () => {
      current = false;
    };
  }, [minute]);

  return (
    <article className={live.column} aria-label={`Item ${number}: ${item.title}`}>
      <div>
        <div className={styles.number}>
          Item {number}
          {minute ? ` · Minute ${minute.number}.` : ' · not taken yet'}
          {item.part === 'B' ? ' · Part B (exempt)' : ''}
        </div>
        <h2 className={styles.heading}>{item.title}</h2>
        {minute?.startedAt ? (
          <div className={styles.facts}>Taken at {formatClockTime(minute.startedAt)}</div>
        ) : null}
        {item.description ? <p className={styles.facts}>{item.description}</p> : null}
      </div>
      {item.urgent ? <UrgentSection item={item} /> : null}
      {!minute ? (
        <section className={live.section}>
          <Text>
            This item has no minute yet. Take it when the Chair reaches it: its minute number follows the
            order items are taken.
          </Text>
          <div>
            <Button appearance="primary" onClick={onTake}>
              Take item {number} now <span className={live.key}>Alt+T</span>
            </Button>
          </div>
        </section>
      ) : (
        <>
          <section className={live.section} aria-label="Minute text">
            <h3 className={live.sectionTitle}>
              Minute <span className={live.key}>Alt+M</span>
            </h3>
            {initial?.minuteId === minute.id ? (
              <MinuteEditor
                key={minute.id}
                minuteId={minute.id}
                initial={initial.text}
                label={`Minute ${minute.number}: ${item.title}`}
                phrases={frame.phrases}
                onEditor={onEditor}
              />
            ) : (
              <Text>Opening the minute…</Text>
            )}
          </section>
          <ResolutionSection minuteId={minute.id} title={item.title} />
          <DeclarationsSection frame={frame} item={item} attendance={attendance} />
          <MotionsSection frame={frame} minute={minute} attendance={attendance} />
          <ConclusionsSection frame={frame} minute={minute} />
          <HistorySection
            minuteId={minute.id}
            onRestored={(text) => setInitial({ minuteId: minute.id, text })}
          />
        </>
      )}
    </article>
  );
}
