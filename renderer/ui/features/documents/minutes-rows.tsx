import { Badge } from '@fluentui/react-components';
import { useCallback, useEffect } from 'react';
import { preloadMinutesWorker } from '../../../db/minutes-worker';
import type { AgendaPart } from '../../../domain/model';
import { DocumentBuildRow } from './document-build-row';
import { saveAgendaAndMinutes, saveMinutesDocument } from './meeting-documents';
import type { PapersSummary } from './use-papers-summary';

function templateNote(summary: PapersSummary): string {
  const name = summary.templates.minutes;
  return name ? ` In your organisation's template “${name}”.` : '';
}

/** The public minutes, the confidential Part B minutes when there are any, and "Agenda and minutes" (seed 003). */
export function MinutesRows({ summary }: { summary: PapersSummary }) {
  const meetingId = summary.meeting.id;
  const approved = summary.meeting.status === 'minutesApproved';
  const minutesOf = useCallback(
    (part: AgendaPart) => () => saveMinutesDocument(meetingId, part),
    [meetingId],
  );
  const agendaAndMinutes = useCallback(() => saveAgendaAndMinutes(meetingId), [meetingId]);
  // The minutes' code is loaded in its worker as the tab opens, so the first press is as quick as the next.
  useEffect(() => preloadMinutesWorker(), []);
  const draft = approved ? undefined : <Badge color="warning">DRAFT until approved</Badge>;
  return (
    <section aria-label="Minutes documents">
      <h2>Minutes</h2>
      <DocumentBuildRow
        title="Minutes"
        about={`The public minutes, with attendance, every Part A minute, resolutions and actions.${approved ? '' : ' Every page is marked DRAFT until the minutes are approved.'}${templateNote(summary)}`}
        action="Save the minutes (.docx)"
        build={minutesOf('A')}
        badge={draft}
      />
      {summary.partBMinutes > 0 ? (
        <DocumentBuildRow
          title="Confidential minutes"
          about="The Part B minutes on their own, marked NOT FOR PUBLICATION with the Schedule 12A paragraphs."
          action="Save the confidential minutes (.docx)"
          build={minutesOf('B')}
          badge={<Badge color="danger">Not for publication</Badge>}
        />
      ) : null}
      <DocumentBuildRow
        title="Agenda and minutes"
        about="Each item's agenda text and papers followed by its minutes, as council websites show them. Part B items show only their title."
        action="Save agenda and minutes (.docx)"
        build={agendaAndMinutes}
      />
    </section>
  );
}
