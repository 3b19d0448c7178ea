import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
} from '@fluentui/react-components';
import { useState } from 'react';
import { undoMinutesApproval } from '../../../db/repositories/approval-undo';
import { approveMinutes } from '../../../db/repositories/minutes-approval';
import { toIsoDate } from '../../../domain/en-gb';
import type { AgendaItem } from '../../../domain/model';
import { ErrorMessage } from '../../common/error-message';
import { offerUndo } from '../../common/undo';
import { useAction } from '../../common/use-action';

/** Where an undone approval can be approved again for the session: the screen's own undo bar. */
export const minutesUndoScope = (meetingId: string) => `minutes/${meetingId}`;

/**
 * "Undo approval", for an approval recorded in error (the wrong meeting's minutes approved): one confirmation
 * with the reason, which prints in the minutes' history; the amended minutes get their text from before the
 * approval back (the approved text kept as a revision) and are unlocked. For the rest of the session the undo
 * bar approves them again as they were (`undoScope`).
 */
export function UndoApproval({
  item,
  presentedWords,
  undoScope,
}: {
  item: AgendaItem;
  /** "the minutes of the meeting on 12 January 2027", as the panel lists them. */
  presentedWords: string;
  undoScope: string;
}) {
  const [asked, setAsked] = useState(false);
  const [reason, setReason] = useState('');
  const [undo, undoing] = useAction(undoMinutesApproval);
  const confirm = async () => {
    const approval = await undo(item.id, reason, toIsoDate(new Date()));
    if (!approval) return;
    offerUndo({
      scope: undoScope,
      what: `The approval of ${presentedWords} was undone: they are draft minutes again.`,
      undo: () => approveMinutes(item.id, approval),
    });
    setAsked(false);
    setReason('');
  };
  return (
    <>
      <Button onClick={() => setAsked(true)}>Undo approval</Button>
      <Dialog open={asked} modalType="alert" onOpenChange={(_, data) => !data.open && setAsked(false)}>
        <DialogSurface aria-describedby={`undo-approval-${item.id}`}>
          <form
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              void confirm();
            }}
          >
            <DialogBody>
              <DialogTitle>Undo the approval of {presentedWords}?</DialogTitle>
              <DialogContent id={`undo-approval-${item.id}`}>
                <p>
                  For an approval recorded in error, such as the wrong meeting’s minutes. Each amendment made
                  on approval is taken back (the approved text is kept in the minute’s earlier versions), the
                  minutes become drafts again and can be changed, and the undo prints with its reason in the
                  minutes’ history. You can approve them again until you close Chamber.
                </p>
                <ErrorMessage error={undoing.error} title="The approval stands" />
                <Field label="Reason for undoing the approval" required>
                  <Input value={reason} onChange={(_, data) => setReason(data.value)} />
                </Field>
              </DialogContent>
              <DialogActions>
                <Button appearance="primary" type="submit" disabled={undoing.busy}>
                  Undo the approval
                </Button>
                <Button onClick={() => setAsked(false)}>Keep it approved</Button>
              </DialogActions>
            </DialogBody>
          </form>
        </DialogSurface>
      </Dialog>
    </>
  );
}
