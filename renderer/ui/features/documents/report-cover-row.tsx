import { Field, Select } from '@fluentui/react-components';
import { useCallback, useState } from 'react';
import { DocumentBuildRow } from './document-build-row';
import { saveReportCover } from './meeting-documents';
import type { PapersSummary } from './use-papers-summary';

/** The officers' report cover (seed 000), prefilled for the item the clerk picks, to send to its author. */
export function ReportCoverRow({ summary }: { summary: PapersSummary }) {
  const meetingId = summary.meeting.id;
  const [chosen, setChosen] = useState('');
  const itemId = chosen || summary.items[0]?.item.id || '';
  const build = useCallback(async () => {
    if (!itemId) throw new Error('The agenda has no items yet: add the item the report is for first.');
    return saveReportCover(meetingId, itemId);
  }, [meetingId, itemId]);
  return (
    <section aria-label="Report covers">
      <h2>Report cover</h2>
      <Field label="Report cover for item" style={{ maxWidth: '36rem' }}>
        <Select value={itemId} onChange={(_, data) => setChosen(data.value)}>
          {summary.items.map(({ item, number }) => (
            <option key={item.id} value={item.id}>
              {number}. {item.title}
              {item.part === 'B' ? ' (Part B)' : ''}
            </option>
          ))}
        </Select>
      </Field>
      <DocumentBuildRow
        title="Report cover"
        about={`REPORT FOR, the cover table and Sections 1 to 4, with what Chamber knows of the item filled in.${summary.templates.reportCover ? ` In your template “${summary.templates.reportCover}”.` : ''}`}
        action="Save the report cover (.docx)"
        build={build}
      />
    </section>
  );
}
