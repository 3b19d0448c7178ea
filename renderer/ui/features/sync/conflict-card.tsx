import { Button, Field, Text, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { SyncConflict } from '../../../domain/model';
import { resolveConflict } from '../../../sync';
import { ErrorMessage } from '../../common/error-message';
import { useAction } from '../../common/use-action';
import { fieldWords } from './conflict-label';
import { combinedValue, conflictText, startingCombination } from './conflict-text';
import { SignedConflictReason, type SignedMinutesShown } from './signed-conflict-reason';
import { formatExportedAt } from './sync-words';

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingVerticalL,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  sides: { display: 'grid', gridTemplateColumns: '1fr 1fr', gap: tokens.spacingHorizontalL },
  version: {
    whiteSpace: 'pre-wrap',
    padding: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
    minHeight: '3rem',
  },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

/**
 * One conflict: both versions side by side, and the three ways to settle it. `mineFrom` names the laptop that
 * wrote the first version when it was not this one (a conflict carried here between two others); `now` is
 * the text the record holds when a clerk has typed on past the conflict, which settling writes over. `signed`
 * is set when the record belongs to approved and signed minutes: any choice that changes them asks for a reason.
 */
export function ConflictCard({
  conflict,
  label,
  otherLaptop,
  mineFrom,
  now,
  signed,
}: {
  conflict: SyncConflict;
  label: string;
  otherLaptop: string;
  mineFrom?: string;
  now?: unknown;
  signed?: SignedMinutesShown;
}) {
  const styles = useStyles();
  const [combined, setCombined] = useState(() =>
    startingCombination(conflict.localValue, conflict.remoteValue),
  );
  const [reason, setReason] = useState('');
  const [resolve, resolving] = useAction(resolveConflict);
  // Every choice carries the reason typed; the repository asks for one only where the choice changes signed minutes.
  const correction = signed ? { reason } : undefined;
  const combinable =
    combinedValue(conflict.field, conflict.localValue, conflict.remoteValue, '') !== undefined;
  return (
    <section className={styles.card} aria-label={`Conflict: ${label}, ${fieldWords(conflict.field)}`}>
      <h2>{label}</h2>
      <Text>
        The {fieldWords(conflict.field)} was changed {mineFrom ? `on ${mineFrom}` : 'here'} and on{' '}
        {otherLaptop} (found {formatExportedAt(conflict.detectedAt)}).
      </Text>
      {now !== undefined ? <Version title="Now, typed since (settling replaces it)" value={now} /> : null}
      <div className={styles.sides}>
        <Version
          title={mineFrom ? `From ${mineFrom}` : 'On this laptop (mine)'}
          value={conflict.localValue}
        />
        <Version
          title={mineFrom ? `From ${otherLaptop}` : `From ${otherLaptop} (theirs)`}
          value={conflict.remoteValue}
        />
      </div>
      {signed ? <SignedConflictReason signed={signed} reason={reason} onReason={setReason} /> : null}
      <ErrorMessage error={resolving.error} title="The conflict was not settled" />
      <div className={styles.buttons}>
        <Button
          onClick={() => void resolve(conflict.id, { keep: 'local' }, correction)}
          disabled={resolving.busy}
        >
          {mineFrom ? `Keep ${mineFrom}’s` : 'Keep mine'}
        </Button>
        <Button
          onClick={() => void resolve(conflict.id, { keep: 'remote' }, correction)}
          disabled={resolving.busy}
        >
          {mineFrom ? `Take ${otherLaptop}’s` : 'Take theirs'}
        </Button>
      </div>
      {combinable ? (
        <>
          <Field label={`Combined text for ${label}`} hint="Edit both versions into one, then use it.">
            <Textarea
              value={combined}
              rows={5}
              resize="vertical"
              onChange={(_, data) => setCombined(data.value)}
            />
          </Field>
          <div>
            <Button
              appearance="primary"
              disabled={resolving.busy}
              onClick={() =>
                void resolve(
                  conflict.id,
                  {
                    combined: combinedValue(
                      conflict.field,
                      conflict.localValue,
                      conflict.remoteValue,
                      combined,
                    ),
                  },
                  correction,
                )
              }
            >
              Use combined
            </Button>
          </div>
        </>
      ) : null}
    </section>
  );
}

function Version({ title, value }: { title: string; value: unknown }) {
  const styles = useStyles();
  const text = conflictText(value);
  return (
    <div>
      <h3>{title}</h3>
      <div className={styles.version} aria-label={title}>
        {value === null || value === undefined ? <em>Deleted</em> : text || <em>Empty</em>}
      </div>
    </div>
  );
}
