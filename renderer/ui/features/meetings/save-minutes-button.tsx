import { Button, Spinner } from '@fluentui/react-components';
import { loadMeetingRecord } from '../../../db/read/meeting-record';
import { minutesFileName } from '../../../documents/common/file-names';
import { packDocument } from '../../../documents/common/pack';
import { buildMinutes } from '../../../documents/minutes/build-minutes';
import { bridge } from '../../../platform/bridge';
import { ErrorMessage } from '../../common/error-message';
import { useAction } from '../../common/use-action';

const wordFilter = [{ name: 'Word document', extensions: ['docx'] }];

async function saveMinutes(meetingId: string): Promise<void> {
  const record = await loadMeetingRecord(meetingId);
  if (!record) throw new Error('That meeting no longer exists.');
  const bytes = await packDocument(
    buildMinutes(record, { draft: record.meeting.status !== 'minutesApproved' }),
  );
  await bridge().saveFile({ suggestedName: minutesFileName(record), bytes, filters: wordFilter });
}

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
