import type { MeetingRecord } from '../../domain/meeting-record';
import type { AgendaItem } from '../../domain/model';
import { exemptParagraphs } from '../../domain/model';
import { formatLongDate } from '../../domain/en-gb';

/** The label/value lines at the head of the officers' report cover (seed 000), in its order. */
export function coverFields(record: MeetingRecord, item: AgendaItem): [string, string][] {
  const enclosures = record.documents
    .filter((document) => document.agendaItemId === item.id && document.role !== 'report')
    .sort((a, b) => a.order - b.order)
    .map((document) => document.name);
  return [
    ['Date of Meeting:', formatLongDate(record.meeting.date)],
    ['Subject:', item.title],
    ['Key Decision:', item.keyDecision ? 'Yes' : 'No'],
    ['Responsible Officer:', item.responsibleOfficer || '[to be completed]'],
    ['Exempt:', exemptWording(item)],
    ['Wards affected:', item.wards.length > 0 ? item.wards.join(', ') : 'All wards'],
    ['Enclosures:', enclosures.length > 0 ? enclosures.join('\n') : 'None'],
  ];
}

function exemptWording(item: AgendaItem): string {
  if (item.part !== 'B' || !item.exemptParagraph) return 'No';
  return `Yes, by virtue of paragraph ${item.exemptParagraph} of Part 1 of Schedule 12A to the Local Government Act 1972: ${exemptParagraphs[item.exemptParagraph]}`;
}
