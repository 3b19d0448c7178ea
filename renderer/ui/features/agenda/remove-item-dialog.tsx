import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from '@fluentui/react-components';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { db } from '../../../db/database';
import { agendaItemName, type NumberedAgendaItem } from '../../../domain/agenda-numbering';

/** What removing an item takes with it, counted before the clerk says yes. */
export function useWhatGoes(itemId: string) {
  return useLiveQuery(async () => {
    const children = await db.agendaItems.where('parentId').equals(itemId).toArray();
    const owners = [itemId, ...children.map((child) => child.id)];
    const papers = await db.documents.where('agendaItemId').anyOf(owners).count();
    return { subItems: children.length, papers };
  }, [itemId]);
}

const englishCount = (count: number, one: string) => `${count} ${one}${count === 1 ? '' : 's'}`;

/** "Council Budget, with 2 papers and 1 sub-item" */
export function whatGoesWords(title: string, goes: { subItems: number; papers: number }): string {
  const parts = [
    goes.papers > 0 ? englishCount(goes.papers, 'paper') : '',
    goes.subItems > 0 ? englishCount(goes.subItems, 'sub-item') : '',
  ].filter(Boolean);
  return `“${title}”${parts.length > 0 ? `, with ${parts.join(' and ')}` : ''}`;
}

/**
 * One confirmation before an item goes, saying what goes with it. It can still be undone afterwards, for the
 * rest of the session.
 */
export function RemoveItemDialog({
  entry: asked,
  onRemove,
  onCancel,
}: {
  entry: NumberedAgendaItem | undefined;
  onRemove: (entry: NumberedAgendaItem, words: string) => void;
  onCancel: () => void;
}) {
  // The dialog stays mounted and closes by its `open` flag, so it gives the page back to screen readers and the
  // keyboard as it closes; it keeps showing the last item asked about while it does.
  const [entry, setEntry] = useState(asked);
  if (asked && asked !== entry) setEntry(asked);
  const goes = useWhatGoes(entry?.item.id ?? '');
  if (!entry) return null;
  const words = goes ? whatGoesWords(entry.item.title, goes) : `“${entry.item.title}”`;
  return (
    <Dialog open={Boolean(asked)} modalType="alert" onOpenChange={(_, data) => !data.open && onCancel()}>
      <DialogSurface aria-describedby="remove-item-what">
        <DialogBody>
          <DialogTitle>Remove {agendaItemName(entry)}?</DialogTitle>
          <DialogContent id="remove-item-what">
            {agendaItemName(entry, true)}, {words}, will be removed from the agenda and the items after it
            renumbered. You can undo this until you close Chamber.
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={() => onRemove(entry, words)}>
              Remove {agendaItemName(entry)}
            </Button>
            <Button onClick={onCancel}>Keep it</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
