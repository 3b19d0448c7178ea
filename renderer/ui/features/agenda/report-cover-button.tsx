import { Button } from '@fluentui/react-components';
import { loadMeetingRecord } from '../../../db/read/meeting-record';
import { reportCoverFileName } from '../../../documents/common/file-names';
import { bridge } from '../../../platform/bridge';
import { ErrorMessage } from '../../common/error-message';
import { useAction } from '../../common/use-action';

async function saveReportCover(meetingId: string, agendaItemId: string): Promise<void> {
  const record = await loadMeetingRecord(meetingId);
  const item = record?.agendaItems.find((candidate) => candidate.id === agendaItemId);
  if (!record || !item) throw new Error('That agenda item no longer exists.');
  // The Word builders load at the press (the button is busy meanwhile), not with the meeting screen's agenda.
  const [{ packDocument }, { buildReportCover }] = await Promise.all([
    import('../../../documents/common/pack'),
    import('../../../documents/report-cover/build-report-cover'),
  ]);
  const bytes = await packDocument(buildReportCover(record, agendaItemId));
  await bridge().saveFile({
    suggestedName: reportCoverFileName(record, item),
    bytes,
    filters: [{ name: 'Word document', extensions: ['docx'] }],
  });
}

/** The standard report cover, prefilled for this item, to send to the report author. */
export function ReportCoverButton({
  meetingId,
  agendaItemId,
  name,
}: {
  meetingId: string;
  agendaItemId: string;
  /** "item 5", or an unnumbered section's title (agendaItemName). */
  name: string;
}) {
  const [save, { busy, error }] = useAction(saveReportCover);
  return (
    <>
      <ErrorMessage error={error} title="The report cover was not made" />
      <Button onClick={() => void save(meetingId, agendaItemId)} disabled={busy}>
        Report cover for {name} (.docx)
      </Button>
    </>
  );
}
