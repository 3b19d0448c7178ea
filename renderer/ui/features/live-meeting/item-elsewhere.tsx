import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../../db/database';
import { resolutionVerbs } from '../../../domain/model';
import { resolutionToLines } from '../../../domain/resolution-text';
import { richTextToPlain } from '../../../domain/rich-text';
import { useLiveStyles } from './live-styles';

/**
 * An item another Chamber window is minuting: shown here as it is stored, updating as that window types, and
 * not editable, so neither window writes over the other's words.
 */
export function ItemElsewhere({ minuteId, label }: { minuteId: string; label: string }) {
  const live = useLiveStyles();
  const stored = useLiveQuery(async () => {
    const [minute, resolution] = await Promise.all([
      db.minutes.get(minuteId),
      db.resolutions.where('minuteId').equals(minuteId).sortBy('order'),
    ]);
    return { minuteId, minute, resolution: resolution[0] };
  }, [minuteId]);
  const current = stored?.minuteId === minuteId ? stored : undefined;
  return (
    <>
      <MessageBar intent="warning" role="status">
        <MessageBarBody>
          <MessageBarTitle>Open in another Chamber window</MessageBarTitle>
          This item is being minuted in another window, so it is read-only here and shows what that window
          stores. Close that window, or move it to another item, to minute this item here.
        </MessageBarBody>
      </MessageBar>
      <section className={live.section} aria-label="Minute text (read-only)">
        <h3 className={live.sectionTitle}>Minute</h3>
        <div role="textbox" aria-readonly="true" aria-label={label} aria-multiline="true" tabIndex={0}>
          {current?.minute
            ? richTextToPlain(current.minute.text)
                .split('\n')
                .map((line, index) => <p key={index}>{line}</p>)
            : null}
        </div>
      </section>
      {current?.resolution ? (
        <section className={live.section} aria-label="Resolution (read-only)">
          <h3 className={live.sectionTitle}>Resolution</h3>
          <p>
            <strong>{resolutionVerbs[current.resolution.verb]}:</strong>{' '}
            {resolutionToLines(current.resolution)}
          </p>
        </section>
      ) : null}
      {current?.minute?.conclusions.length ? (
        <section className={live.section} aria-label="Conclusions (read-only)">
          <h3 className={live.sectionTitle}>Conclusions</h3>
          <ol className={live.list}>
            {current.minute.conclusions.map((line, index) => (
              <li key={index}>{line}</li>
            ))}
          </ol>
        </section>
      ) : null}
    </>
  );
}
