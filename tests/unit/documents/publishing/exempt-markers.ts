import type { AgendaPackData } from '../../../../renderer/documents/agenda-pack';
import type { AgendaItem, AttachedDocument } from '../../../../renderer/domain/model';
import { pdfBytes, sampleMeetingData } from './published-meeting';

/** Marks every exempt thing of the sample's Part B item, so any of them in any published file is found. */
export function markedExempt(paperBytes: (marker: string) => Uint8Array = pdfBytes): {
  data: AgendaPackData;
  markers: string[];
} {
  const data = sampleMeetingData();
  const { record } = data;
  const markers: string[] = [];
  const mark = (what: string): string => {
    const marker = `EXEMPT-MARKER-${what}`;
    markers.push(marker);
    return marker;
  };
  const exemptItem = record.agendaItems.find((item) => item.part === 'B');
  if (!exemptItem) throw new Error('The sample has a Part B item');
  Object.assign(exemptItem, {
    description: mark('description'),
    recommendation: mark('recommendation'),
    publicInterestReason: mark('public-interest'),
    responsibleOfficer: mark('officer'),
  });
  for (const document of record.documents.filter((d) => d.agendaItemId === exemptItem.id)) {
    document.name = mark(`paper-name-${document.id}`);
    data.documentContents[document.id] = paperBytes(mark(`paper-bytes-${document.id}`));
  }
  const minute = record.minutes.find((candidate) => candidate.agendaItemId === exemptItem.id);
  if (!minute) throw new Error('The sample minutes its Part B item');
  minute.text = {
    type: 'doc',
    content: [{ type: 'paragraph', content: [{ type: 'text', text: mark('minute') }] }],
  };
  minute.conclusions = [mark('conclusion')];
  for (const resolution of record.resolutions.filter((r) => r.minuteId === minute.id)) {
    resolution.text = mark(`resolution-${resolution.id}`);
    resolution.clauses = [
      { text: mark(`clause-${resolution.id}`), subClauses: [mark(`sub-${resolution.id}`)] },
    ];
  }
  record.resolutions.push({
    ...record.resolutions[0]!,
    id: 'r-secret',
    minuteId: minute.id,
    text: mark('resolution-added'),
    clauses: [],
  });
  record.actions.push({
    ...record.actions[0]!,
    id: 'a-secret',
    minuteId: minute.id,
    text: mark('action'),
    ownerText: mark('owner'),
  });
  record.declarations.push({
    ...record.declarations[0]!,
    id: 'dec-secret',
    agendaItemId: exemptItem.id,
    nature: mark('declaration'),
  });
  record.motions.push({ ...record.motions[0]!, id: 'm-secret', minuteId: minute.id, text: mark('motion') });
  markOtherWays(data, mark, paperBytes);
  return { data, markers };
}

/**
 * The other ways something is exempt, beyond a Part B item: an exempt appendix of a public item (on time and
 * arrived late), a paper that stayed exempt when its item moved from Part B to Part A, and a Part B sub-item
 * of a public item with its paper. A paper's name is public (the public pack names what it withholds).
 */
function markOtherWays(
  data: AgendaPackData,
  mark: (what: string) => string,
  paperBytes: (marker: string) => Uint8Array,
): void {
  const { record } = data;
  const publicItem = record.agendaItems.find((item) => item.id === 'i-libraries');
  const template = record.documents.find((document) => document.agendaItemId === 'i-libraries');
  if (!publicItem || !template) throw new Error('The sample has a public item with a paper');
  const paper = (id: string, agendaItemId: string, extra: Partial<AttachedDocument> = {}): void => {
    record.documents.push({
      ...template,
      id,
      agendaItemId,
      name: `${id}.docx`,
      role: 'appendix',
      order: 5,
      exempt: true,
      exemptParagraph: 3,
      publicInterestReason: mark(`reason-${id}`),
      ...extra,
    });
    data.documentContents[id] = paperBytes(mark(`paper-bytes-${id}`));
  };
  paper('exempt-appendix', publicItem.id);
  paper('late-exempt-appendix', publicItem.id, { supplementary: true, order: 6 });
  // Once Part B (paragraph 3), moved to Part A: its paper stays exempt.
  const moved: AgendaItem = { ...publicItem, id: 'i-moved', title: 'Depot Sale', order: 40, description: '' };
  record.agendaItems.push(moved);
  paper('moved-item-paper', moved.id, { role: 'report', order: 0 });
  const subItem: AgendaItem = {
    ...publicItem,
    id: 'i-exempt-sub',
    parentId: publicItem.id,
    order: 0,
    title: 'Staffing implications',
    description: mark('sub-item-description'),
    part: 'B',
    exemptParagraph: 1,
    publicInterestReason: mark('sub-item-reason'),
  };
  record.agendaItems.push(subItem);
  paper('exempt-sub-item-paper', subItem.id, { role: 'report', order: 0, exemptParagraph: 1 });
}
