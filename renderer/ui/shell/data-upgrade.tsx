import { Field, MessageBar, MessageBarBody, MessageBarTitle, ProgressBar } from '@fluentui/react-components';
import { useSyncExternalStore } from 'react';
import { onUpgradeProgress, upgradeProgress } from '../../db/upgrade-progress';

/**
 * Whether the database is being brought up to date for this version of Chamber. The first open of a new
 * version upgrades what is stored (version 3 rewrites every record), and on years of meetings that takes a
 * minute or two with nothing else to show: the clerk is told why, and to keep Chamber open.
 */
let upgrading = false;
const listeners = new Set<() => void>();

function set(value: boolean): void {
  upgrading = value;
  for (const listener of listeners) listener();
}

/**
 * `stored`: the version IndexedDB reports for the stored database (Dexie's version times ten; 0 for none);
 * `current`: this Chamber's schema version. An older one is being upgraded until `opened` settles.
 */
export function noticeStoredVersion(stored: number, current: number, opened: Promise<unknown>): void {
  if (stored === 0 || stored >= current * 10) return;
  set(true);
  opened.then(
    () => set(false),
    () => set(false),
  );
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Shown while the stored records are brought up to date; gone once the database is open. */
export function DataUpgradeNotice() {
  const shown = useSyncExternalStore(subscribe, () => upgrading);
  const progress = useSyncExternalStore(onUpgradeProgress, upgradeProgress);
  if (!shown) return null;
  const share = progress && progress.total > 0 ? Math.min(1, progress.done / progress.total) : undefined;
  return (
    <MessageBar intent="info" role="status" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>Bringing your records up to date for this version of Chamber</MessageBarTitle>
        With many years of meetings this takes a minute or two, once. Please keep Chamber open: nothing is
        lost if it is closed, but it starts again next time.
        {/* Until the upgrade has counted the records, the bar sits at the start and says so. */}
        <Field
          validationMessage={
            share === undefined ? 'Reading your records…' : `${Math.floor(share * 100)}% done`
          }
          validationState="none"
        >
          <ProgressBar aria-label="Records brought up to date" value={share ?? 0} />
        </Field>
      </MessageBarBody>
    </MessageBar>
  );
}
