import { Button, Text } from '@fluentui/react-components';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../../db/database';
import { restoreRevision } from '../../../db/repositories/revisions';
import type { RichText } from '../../../domain/model';
import { richTextToPlain } from '../../../domain/rich-text';
import { ErrorMessage } from '../../common/error-message';
import { useAction } from '../../common/use-action';
import { useLiveStyles } from './live-styles';
import { useSignedCorrection } from '../minutes-approval/signed-correction';

const timeOf = (iso: string) =>
  new Date(iso).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', second: '2-digit' });

/**
 * Earlier versions of this minute, kept every 30 seconds of typing and whenever a paragraph went: restore one
 * to get back an overwritten paragraph. Restoring keeps the current text as a version too.
 */
export function HistorySection({
  minuteId,
  onRestored,
}: {
  minuteId: string;
  onRestored: (text: RichText) => void;
}) {
  const live = useLiveStyles();
  const revisions = useLiveQuery(
    async () =>
      (await db.minuteRevisions.where('minuteId').equals(minuteId).sortBy('savedAt')).reverse().slice(0, 20),
    [minuteId],
  );
  const [restore, restoring] = useAction(restoreRevision);
  const correction = useSignedCorrection();
  if (!revisions) return null;
  return (
    <section className={live.section} aria-label="Earlier versions">
      <h3 className={live.sectionTitle}>
        Earlier versions <span className={live.key}>Alt+Y</span>
      </h3>
      <ErrorMessage error={restoring.error} title="That version was not restored" />
      {revisions.length === 0 ? (
        <Text className={live.hint}>None yet: a copy is kept as you type.</Text>
      ) : null}
      <ol className={live.list}>
        {revisions.map((revision, index) => {
          const words = richTextToPlain(revision.text);
          return (
            <li key={revision.id}>
              <Button
                size="small"
                data-live-focus={index === 0 ? 'history' : undefined}
                onClick={async () => {
                  const text = await restore(revision.id, correction);
                  if (text) onRestored(text);
                }}
              >
                Restore the version of {timeOf(revision.savedAt)}
              </Button>{' '}
              <span className={live.hint}>{words.length > 140 ? `${words.slice(0, 140)}…` : words}</span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
