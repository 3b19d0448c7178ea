import { Button, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { clockTimeOf, formatClockTime } from '../../../domain/en-gb';
import { exemptParagraphs, type ExemptParagraph } from '../../../domain/model';
import type { QuorumState } from '../../../domain/quorum';
import { useLiveStyles } from './live-styles';
import type { MeetingFrame } from './use-live-meeting';
import { useNow } from './use-now';
import { shownDate } from '../../../domain/shown-value';
import { StoredValue } from '../../common/stored-value';
import { ScreenLink } from '../../common/screen-link';

const useStyles = makeStyles({
  title: { fontSize: '20px', fontWeight: tokens.fontWeightSemibold, margin: 0 },
  clock: { fontSize: '28px', fontVariantNumeric: 'tabular-nums', fontWeight: tokens.fontWeightSemibold },
  quorate: {
    padding: '2px 10px',
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorPaletteGreenBackground1,
    color: tokens.colorPaletteGreenForeground1,
  },
  inquorate: {
    padding: '2px 10px',
    borderRadius: tokens.borderRadiusMedium,
    // White on the strong danger red: the pale red pair read too faintly for a warning (WCAG AA contrast).
    backgroundColor: tokens.colorStatusDangerBackground3,
    color: tokens.colorNeutralForegroundOnBrand,
    fontWeight: tokens.fontWeightSemibold,
  },
  spacer: { marginLeft: 'auto' },
});

export type MeetingAction = 'start' | 'adjourn' | 'exclude' | 'readmit' | 'close';

/** The top of the screen: which meeting, the time now, the quorum, and the meeting's events one key away. */
export function MeetingBar({
  frame,
  quorum,
  defaultParagraph,
  onEvent,
}: {
  frame: MeetingFrame;
  quorum: QuorumState;
  defaultParagraph: ExemptParagraph;
  onEvent: (action: MeetingAction, paragraph?: ExemptParagraph) => void;
}) {
  const styles = useStyles();
  const live = useLiveStyles();
  const now = useNow();
  const [paragraph, setParagraph] = useState<ExemptParagraph | undefined>();
  const chosen = paragraph ?? defaultParagraph;
  return (
    <header className={live.bar}>
      <h1 className={styles.title}>
        {frame.committee.name} · <StoredValue value={shownDate(frame.meeting.date)} field="Date" />
      </h1>
      <Text className={styles.clock} aria-label="Time now" role="timer">
        {formatClockTime(clockTimeOf(now))}
      </Text>
      <Text role="status" aria-label="Quorum" className={quorum.quorate ? styles.quorate : styles.inquorate}>
        {quorum.quorate ? 'Quorate' : 'Inquorate'}: {quorum.counted} present, {quorum.needed} needed
      </Text>
      <div className={live.row} role="toolbar" aria-label="Meeting events">
        <Button onClick={() => onEvent('start')}>
          Start / resume <span className={live.key}>Alt+S</span>
        </Button>
        <Button onClick={() => onEvent('adjourn')}>
          Adjourn <span className={live.key}>Alt+P</span>
        </Button>
        <Select
          id="live-exclusion-paragraph"
          aria-label="Schedule 12A paragraph for excluding the press and public"
          value={String(chosen)}
          onChange={(_, data) => setParagraph(Number(data.value) as ExemptParagraph)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              onEvent('exclude', chosen);
            }
          }}
        >
          {Object.keys(exemptParagraphs).map((key) => (
            <option key={key} value={key}>
              Paragraph {key}
            </option>
          ))}
        </Select>
        <Button onClick={() => onEvent('exclude', chosen)}>
          Exclude press and public <span className={live.key}>Alt+X</span>
        </Button>
        <Button onClick={() => onEvent('readmit')}>Readmit</Button>
        <Button onClick={() => onEvent('close')}>
          Close <span className={live.key}>Alt+Q</span>
        </Button>
      </div>
      <span className={styles.spacer} />
      <ScreenLink to={`/meetings/${frame.meeting.id}`}>Leave the meeting view</ScreenLink>
    </header>
  );
}
