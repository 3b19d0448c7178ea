import { Button, MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { restoreDeleted } from '../../../db/repositories/restore';
import type { ImportPreview } from '../../../sync';
import { findDeletedSince, readRestorable, type DeletedSince } from '../../../sync/restore-deleted';
import { ErrorMessage } from '../../common/error-message';
import { useAction } from '../../common/use-action';
import { formatExportedAt, tableWords } from './sync-words';

/**
 * What the file holds that was deleted on this laptop since it was made. Importing never undeletes (a deletion
 * is final between laptops), so without this a backup made a minute before an item was removed "changed
 * nothing". Restoring brings those records back as new ones, papers and all.
 */
export function DeletedSinceSection({ preview }: { preview: Pick<ImportPreview, 'bundle'> }) {
  const [found, setFound] = useState<DeletedSince[]>();
  const [restored, setRestored] = useState<number>();
  const [restore, restoring] = useAction(async (records: DeletedSince[]) =>
    restoreDeleted(readRestorable(preview.bundle, new Set(records.map((record) => record.id)))),
  );
  useEffect(() => {
    let current = true;
    void findDeletedSince(preview.bundle).then(
      (records) => current && setFound(records),
      () => current && setFound([]),
    );
    return () => {
      current = false;
    };
  }, [preview.bundle]);
  const listed = found?.filter((record) => record.listed) ?? [];
  if (!found || listed.length === 0) return null;
  if (restored !== undefined)
    return (
      <MessageBar intent="success" role="status">
        <MessageBarBody>
          Restored {listed.length === 1 ? 'the deleted record' : `the ${listed.length} deleted records`} from
          this file. They are back where they were, as new records that travel to other laptops at the next
          exchange.
        </MessageBarBody>
      </MessageBar>
    );
  return (
    <section aria-label="Deleted since this file was made">
      <h3>Deleted on this laptop since this file was made ({listed.length})</h3>
      <Text>
        Importing leaves these deleted. To bring them back as they were in this file (with their papers),
        restore them.
      </Text>
      <ul aria-label="Deleted since this file was made">
        {listed.map((record) => (
          <li key={`${record.table}/${record.id}`}>
            {tableWords(record.table)}: {record.label} (deleted {formatExportedAt(record.deletedAt)})
          </li>
        ))}
      </ul>
      <ErrorMessage error={restoring.error} title="Nothing was restored" />
      <Button
        disabled={restoring.busy}
        onClick={() =>
          void restore(found).then((count) => {
            if (count !== undefined) setRestored(count);
          })
        }
      >
        Restore {listed.length === 1 ? 'it' : `these ${listed.length}`}
      </Button>
    </section>
  );
}
