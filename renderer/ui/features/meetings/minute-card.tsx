import { Field, Select, Text, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useState } from 'react';
import { db } from '../../../db/database';
import { saveResolution } from '../../../db/repositories/minutes';
import {
  resolutionVerbs,
  type Minute,
  type MinuteParagraphNumbers,
  type Phrase,
  type Resolution,
  type ResolutionVerb,
} from '../../../domain/model';
import { resolutionFromLines, resolutionToLines } from '../../../domain/resolution-text';
import { Loading } from '../../common/loading';
import { useAutosave } from '../../common/use-autosave';
import { useItemLock } from '../../common/use-item-lock';
import { ItemElsewhere } from '../live-meeting/item-elsewhere';
import { MinuteEditor } from '../live-meeting/minute-editor';
import { useSignedMinuteLock } from '../minutes-approval/signed-minute-lock';
import { SignedCorrectionContext, useSignedCorrection } from '../minutes-approval/signed-correction';
import { labelOptions } from '../../common/label-options';

const useStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  number: { fontWeight: tokens.fontWeightSemibold },
});

/** The minute of one item: its number, what was said, and what was resolved; every change saved as typed. */
export function MinuteCard({
  minute,
  shown,
  itemTitle,
  signed = false,
}: {
  minute: Minute;
  /** Its number in the house form the minutes print ('' for an unnumbered section), and any "(Agenda item 5)". */
  shown: ShownMinuteNumber;
  itemTitle: string;
  /** The minutes were approved: nothing changes without a reason (minutes-approval/signed-minute-lock.tsx). */
  signed?: boolean;
}) {
  const styles = useStyles();
  // One window at a time writes an item's minute (the live screen in another window, say): here it is shown
  // read-only and live until that window lets go, then editable from what it stored.
  const lock = useItemLock(minute.agendaItemId);
  if (lock.state === 'elsewhere')
    return (
      <div className={styles.card}>
        <MinuteNumber shown={shown} />
        <ItemElsewhere minuteId={minute.id} label={`Minute text for ${itemTitle}`} />
      </div>
    );
  if (lock.state === 'waiting') return <Loading what="the minute" />;
  return (
    <EditableMinute key={lock.turn} minute={minute} shown={shown} itemTitle={itemTitle} signed={signed} />
  );
}

function EditableMinute({
  minute,
  shown,
  itemTitle,
  signed,
}: {
  minute: Minute;
  shown: ShownMinuteNumber;
  itemTitle: string;
  signed: boolean;
}) {
  const styles = useStyles();
  const { editable, notice, correction } = useSignedMinuteLock(minute.id, minute.number, signed);
  const resolution = useLiveQuery(
    async () => (await db.resolutions.where('minuteId').equals(minute.id).sortBy('order'))[0] ?? null,
    [minute.id],
  );
  return (
    <SignedCorrectionContext.Provider value={correction}>
      <div className={styles.card}>
        <MinuteNumber shown={shown} />
        {notice}
        <MinuteText minute={minute} shown={shown} itemTitle={itemTitle} editable={editable} />
        {resolution === undefined ? (
          <Loading what="the resolution" />
        ) : (
          <ResolutionFields
            minuteId={minute.id}
            resolution={resolution}
            itemTitle={itemTitle}
            editable={editable}
          />
        )}
      </div>
    </SignedCorrectionContext.Provider>
  );
}

export type ShownMinuteNumber = {
  number: string;
  note: string | undefined;
  /** How a numbered list in the minute prints (2.1, (a)), so the text shows the same. */
  paragraphNumbers?: MinuteParagraphNumbers;
};

/** "Minute 0654/26. (Agenda item 5)" as the minutes print it; an unnumbered section's minute says it has none. */
function MinuteNumber({ shown }: { shown: ShownMinuteNumber }) {
  const styles = useStyles();
  return (
    <Text className={styles.number}>
      {shown.number ? `Minute ${shown.number}.` : 'Unnumbered section: its minute has no number.'}
      {shown.note ? ` ${shown.note}` : ''}
    </Text>
  );
}

const noPhrases: Phrase[] = [];
const noEditorHandle = () => undefined;

/**
 * The minute's text in the live screen's rich-text editor, so a correction here keeps its lists, bold and
 * italics (a plain text box turned a bulleted list into plain lines). The stored text is read once, on opening.
 */
function MinuteText({
  minute,
  shown,
  itemTitle,
  editable,
}: {
  minute: Minute;
  shown: ShownMinuteNumber;
  itemTitle: string;
  editable: boolean;
}) {
  const [initial] = useState(() => minute.text);
  return (
    <MinuteEditor
      minuteId={minute.id}
      initial={initial}
      label={`Minute text for ${itemTitle}`}
      phrases={noPhrases}
      onEditor={noEditorHandle}
      editable={editable}
      numbering={{ style: shown.paragraphNumbers, minuteNumber: shown.number }}
    />
  );
}

function ResolutionFields({
  minuteId,
  resolution,
  itemTitle,
  editable,
}: {
  minuteId: string;
  resolution: Resolution | null;
  itemTitle: string;
  editable: boolean;
}) {
  const [draft, setDraft] = useState<{ verb: ResolutionVerb; lines: string }>(() => ({
    verb: resolution?.verb ?? 'resolved',
    lines: resolution ? resolutionToLines(resolution) : '',
  }));
  const correction = useSignedCorrection();
  const save = useCallback(
    async (value: { verb: ResolutionVerb; lines: string }) => {
      if (!resolution && !value.lines.trim()) return;
      await saveResolution(minuteId, { verb: value.verb, ...resolutionFromLines(value.lines) }, correction);
    },
    [minuteId, resolution, correction],
  );
  useAutosave(draft, save);
  return (
    <>
      <Field label={`Resolution wording for ${itemTitle}`}>
        <Select
          value={draft.verb}
          disabled={!editable}
          onChange={(_, data) => setDraft({ ...draft, verb: data.value as ResolutionVerb })}
        >
          {labelOptions(resolutionVerbs)}
        </Select>
      </Field>
      <Field
        label={`Resolution for ${itemTitle}`}
        hint="One line for a single sentence (“That the report be noted.”); one line per clause for (1), (2)..."
      >
        <Textarea
          value={draft.lines}
          readOnly={!editable}
          resize="vertical"
          rows={3}
          onChange={(_, data) => setDraft({ ...draft, lines: data.value })}
        />
      </Field>
    </>
  );
}
