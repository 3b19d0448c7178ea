import { Button, Spinner } from '@fluentui/react-components';
import { ErrorMessage } from '../../common/error-message';
import { useAction } from '../../common/use-action';
import { saveMinutesDocument } from '../documents/meeting-documents';

// The same minutes as the Papers tab makes, in the organisation's template when it has one: one path, one result.
const saveMinutes = (meetingId: string) => saveMinutesDocument(meetingId, 'A');

/** Build the minutes as a Word document and hand it to the clerk (a save dialog, or a download in a browser). */
export function SaveMinutesButton({ meetingId }: { meetingId: string }) {
  const [save, { busy, error }] = useAction(saveMinutes);
  return (
    <>
      <Button
        appearance="primary"
        onClick={() => void save(meetingId)}
        disabled={busy}
        icon={busy ? <Spinner size="tiny" /> : undefined}
      >
        Save minutes (.docx)
      </Button>
      <ErrorMessage error={error} title="The minutes document was not made" />
    </>
  );
}
