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
import { useNavigate } from 'react-router';
import {
  deleteMeeting,
  undeleteMeeting,
  whatDeletingMeetingTakes,
} from '../../../db/repositories/meeting-delete';
import { countOf, listOf } from '../../../domain/english';
import type { Meeting } from '../../../domain/model';
import { shownDate, shownText } from '../../../domain/shown-value';
import { ErrorMessage } from '../../common/error-message';
import { offerUndo } from '../../common/undo';
import { useAction } from '../../common/use-action';

/** Where a deleted meeting's undo is offered: its committee's page, where the clerk lands. */
export const committeeUndoScope = (committeeId: string) => `committee/${committeeId}`;

/** "its 9 agenda items, 2 papers and the attendance of 3 people" */
function whatGoesWords(takes: { items: number; papers: number; attendance: number }): string {
  const parts = [
    takes.items > 0 ? countOf(takes.items, 'agenda item') : '',
    takes.papers > 0 ? countOf(takes.papers, 'paper') : '',
    takes.attendance > 0 ? `the attendance of ${countOf(takes.attendance, 'person', 'people')}` : '',
  ].filter(Boolean);
  return parts.length > 0 ? `with ${listOf(parts)}` : 'with nothing on it yet';
}

/**
 * One confirmation before a meeting is deleted, saying what goes with it; then the clerk lands on the committee's
 * page, where the deletion can be undone for the rest of the session (undo bar, Ctrl+Z). A meeting with minutes
 * is the council's record: the repository refuses it, and this says so.
 */
export function DeleteMeetingDialog({
  meeting,
  open,
  onClose,
}: {
  meeting: Meeting;
  open: boolean;
  onClose: () => void;
}) {
  const navigate = useNavigate();
  const takes = useLiveQuery(() => whatDeletingMeetingTakes(meeting.id), [meeting.id]);
  const [remove, removing] = useAction(deleteMeeting);
  const day = shownText(shownDate(meeting.date), 'Date');
  const words = takes ? whatGoesWords(takes) : '';
  const confirm = async () => {
    const deleted = await remove(meeting.id);
    if (!deleted) return;
    offerUndo({
      scope: committeeUndoScope(meeting.committeeId),
      what: `The meeting of ${day} was deleted, ${words}.`,
      undo: () => undeleteMeeting(deleted),
    });
    onClose();
    void navigate(`/committees/${meeting.committeeId}`);
  };
  return (
    <Dialog open={open} modalType="alert" onOpenChange={(_, data) => !data.open && onClose()}>
      <DialogSurface aria-describedby="delete-meeting-what">
        <DialogBody>
          <DialogTitle>Delete the meeting of {day}?</DialogTitle>
          <DialogContent id="delete-meeting-what">
            <ErrorMessage error={removing.error} title="The meeting was not deleted" />
            {takes && takes.minutes > 0 ? (
              <>
                This meeting has {countOf(takes.minutes, 'minute')}: they are the council’s record and cannot
                be deleted. Cancel the meeting instead.
              </>
            ) : (
              <>
                The meeting of {day} will be deleted, {words}. A later meeting whose Minutes item presented it
                will present the meeting before it instead. You can undo this until you close Chamber.
              </>
            )}
          </DialogContent>
          <DialogActions>
            {takes && takes.minutes > 0 ? null : (
              <Button appearance="primary" disabled={removing.busy || !takes} onClick={() => void confirm()}>
                Delete the meeting
              </Button>
            )}
            <Button onClick={onClose}>Keep it</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
