import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from '@fluentui/react-components';
import type { AgendaPart } from '../../../domain/model';
import { whatGoesWords, useWhatGoes } from './remove-item-dialog';
import { usePublicDocumentsWarning } from './use-public-documents-warning';

const partNames: Record<AgendaPart, string> = { A: 'Part A (public)', B: 'Part B (exempt)' };

/** What moving to a part means for the meeting and its papers, in the clerk's words. */
const partMeaning: Record<AgendaPart, string> = {
  B: 'It will be taken after the press and public are excluded (an exclusion item is added if the agenda has none), and its papers are treated as exempt.',
  A: 'It will be taken in public, before the press and public are excluded, and its exempt paragraph and public interest reason are cleared.',
};

/**
 * One confirmation before an item changes part, saying what moves with it, what that means, and which public
 * documents change (to build and publish again): a Part B item taken in public, or a public item hidden, is a
 * mistake a clerk must see before it happens. It can be undone afterwards, for the rest of the session.
 */
export function PartChangeDialog({
  asked,
  name,
  opening,
  meetingId,
  itemId,
  title,
  to,
  onConfirm,
  onCancel,
}: {
  asked: boolean;
  /** "item 5", or an unnumbered section's title (agendaItemName). */
  name: string;
  opening: string;
  meetingId: string;
  itemId: string;
  title: string;
  to: AgendaPart;
  onConfirm: (words: string) => void;
  onCancel: () => void;
}) {
  const goes = useWhatGoes(itemId);
  const warning = usePublicDocumentsWarning(meetingId, itemId);
  const words = goes ? whatGoesWords(title, goes) : `“${title}”`;
  const from = to === 'A' ? 'B' : 'A';
  return (
    <Dialog open={asked} modalType="alert" onOpenChange={(_, data) => !data.open && onCancel()}>
      <DialogSurface aria-describedby={`part-change-${itemId}`}>
        <DialogBody>
          <DialogTitle>
            Move {name} to {partNames[to]}?
          </DialogTitle>
          <DialogContent id={`part-change-${itemId}`}>
            <p>
              {opening}, {words}, will move from {partNames[from]} to {partNames[to]}. {partMeaning[to]} You
              can undo this until you close Chamber.
            </p>
            {warning ? <p>{warning}</p> : null}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={() => onConfirm(words)}>
              Move to Part {to}
            </Button>
            <Button onClick={onCancel}>Keep it in Part {from}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
