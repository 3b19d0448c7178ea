import { Field, Select, Text, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useState } from 'react';
import { db } from '../../../db/database';
import { saveMinuteText, saveResolution } from '../../../db/repositories/minutes';
import { resolutionVerbs, type Minute, type Resolution, type ResolutionVerb } from '../../../domain/model';
import { resolutionFromLines, resolutionToLines } from '../../../domain/resolution-text';
import { richTextFromPlain, richTextToPlain } from '../../../domain/rich-text';
import { Loading } from '../../common/loading';
import { useAutosave } from '../../common/use-autosave';
import { useItemLock } from '../../common/use-item-lock';
import { ItemElsewhere } from '../live-meeting/item-elsewhere';

const useStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  number: { fontWeight: tokens.fontWeightSemibold },
});

/** The minute of one item: its number, what was said, and what was resolved; every change saved as typed. */
export function MinuteCard({ minute, itemTitle }: { minute: Minute; itemTitle: string }) {
  const styles = useStyles();
  // One window at a time writes an item's minute (the live screen in another window, say): here it is shown
  // read-only and live until that window lets go, then editable from what it stored.
  const lock = useItemLock(minute.agendaItemId);
  if (lock.state === 'elsewhere')
    return (
      <div className={styles.card}>
        <Text className={styles.number}>Minute {minute.number}.</Text>
        <ItemElsewhere minuteId={minute.id} label={`Minute text for ${itemTitle}`} />
      </div>
    );
  if (lock.state === 'waiting') return <Loading what="the minute" />;
  return <EditableMinute key={lock.turn} minute={minute} itemTitle={itemTitle} />;
}

function EditableMinute({ minute, itemTitle }: { minute: Minute; itemTitle: string }) {
  const styles = useStyles();
  const resolution = useLiveQuery(
    async () => (await db.resolutions.where('minuteId').equals(minute.id).sortBy('order'))[0] ?? null,
    [minute.id],
  );
  return (
    <div className={styles.card}>
      <Text className={styles.number}>Minute {minute.number}.</Text>
      <MinuteText minute={minute} itemTitle={itemTitle} />
      {resolution === undefined ? (
        <Loading what="the resolution" />
      ) : (
        <ResolutionFields minuteId={minute.id} resolution={resolution} itemTitle={itemTitle} />
      )}
    </div>
  );
}

function MinuteText({ minute, itemTitle }: { minute: Minute; itemTitle: string }) {
  const [text, setText] = useState(() => richTextToPlain(minute.text));
  const save = useCallback(
    (value: string) => saveMinuteText(minute.id, richTextFromPlain(value)),
    [minute.id],
  );
  useAutosave(text, save);
  return (
    <Field label={`Minute text for ${itemTitle}`}>
      <Textarea value={text} resize="vertical" rows={4} onChange={(_, data) => setText(data.value)} />
    </Field>
  );
}

function ResolutionFields({
  minuteId,
  resolution,
  itemTitle,
}: {
  minuteId: string;
  resolution: Resolution | null;
  itemTitle: string;
}) {
  const [draft, setDraft] = useState<{ verb: ResolutionVerb; lines: string }>(() => ({
    verb: resolution?.verb ?? 'resolved',
    lines: resolution ? resolutionToLines(resolution) : '',
  }));
  const save = useCallback(
    async (value: { verb: ResolutionVerb; lines: string }) => {
      if (!resolution && !value.lines.trim()) return;
      await saveResolution(minuteId, { verb: value.verb, ...resolutionFromLines(value.lines) });
    },
    [minuteId, resolution],
  );
  useAutosave(draft, save);
  return (
    <>
      <Field label={`Resolution wording for ${itemTitle}`}>
        <Select
          value={draft.verb}
          onChange={(_, data) => setDraft({ ...draft, verb: data.value as ResolutionVerb })}
        >
          {Object.entries(resolutionVerbs).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </Select>
      </Field>
      <Field
        label={`Resolution for ${itemTitle}`}
        hint="One line for a single sentence (“That the report be noted.”); one line per clause for (1), (2)..."
      >
        <Textarea
          value={draft.lines}
          resize="vertical"
          rows={3}
          onChange={(_, data) => setDraft({ ...draft, lines: data.value })}
        />
      </Field>
    </>
  );
}
