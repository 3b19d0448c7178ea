import type { AgendaItem, AttachedDocument } from '../../domain/model';

export const sampleMeetingId = 'meeting-2025-03-12';

const item = (id: string, order: number, title: string, fields: Partial<AgendaItem> = {}): AgendaItem => ({
  id,
  meetingId: sampleMeetingId,
  order,
  title,
  description: '',
  recommendation: '',
  responsibleOfficer: '',
  reportAuthor: '',
  wards: [],
  keyDecision: false,
  part: 'A',
  publicInterestReason: '',
  urgent: false,
  specialCircumstances: '',
  ...fields,
});

/** The Board's agenda for Wednesday 12 March 2025: standing items, three reports, an urgent item and one Part B item. */
export const sampleAgendaItems: AgendaItem[] = [
  item('i-apologies', 1, 'Apologies for Absence', {
    standingKind: 'apologies',
    description: 'To receive apologies for absence.',
  }),
  item('i-substitutes', 2, 'Attendance by Substitute Members', {
    standingKind: 'substitutes',
    description: 'To note the attendance at this meeting of any Substitute Members.',
  }),
  item('i-declarations', 3, 'Declarations of Interest', {
    standingKind: 'declarations',
    description: 'To receive declarations of interest (if any).',
  }),
  item('i-minutes', 4, 'Minutes', {
    standingKind: 'previousMinutes',
    description:
      'That the minutes of the meeting held on 11 December 2024, having been circulated, be taken as read and signed as a correct record.',
  }),
  item('i-safety', 5, 'Safer Neighbourhoods Update', {
    description: 'Report of the Head of Community Safety.',
    recommendation: 'That the Board note the progress made and endorse the priorities for 2025/26.',
    responsibleOfficer: 'Grace Northcott, Head of Community Safety',
    reportAuthor:
      'Grace Northcott, Head of Community Safety, 01632 960 455, grace.northcott@wrenmoor.example',
    wards: ['Abbey', 'Millbrook', 'Stonegate'],
    keyDecision: false,
  }),
  item('i-libraries', 6, 'Library Opening Hours Review', {
    description: 'Report of the Head of Libraries and Culture.',
    recommendation: 'That the Board recommend to Cabinet the revised opening hours set out in Appendix A.',
    responsibleOfficer: 'Daniel Adeyemi, Head of Libraries and Culture',
    reportAuthor: 'Daniel Adeyemi, Head of Libraries and Culture, 01632 960 470',
    wards: [],
    keyDecision: true,
  }),
  item('i-grant', 7, 'Youth Services Grant Bid', {
    description: 'Report of the Head of Community Safety (urgent item).',
    urgent: true,
    specialCircumstances:
      'the funding body announced the bidding round on 3 March 2025 with a closing date of 21 March 2025, before the next meeting of the Board',
    addedOn: '2025-03-06',
  }),
  item('i-exclusion', 8, 'Exclusion of the Press and Public', { standingKind: 'exclusion' }),
  item('i-leisure', 9, 'Leisure Centre Contract Renewal', {
    part: 'B',
    exemptParagraph: 3,
    description: 'Report of the Head of Libraries and Culture.',
    publicInterestReason:
      'The report contains tender prices which, if disclosed, would prejudice the Council in negotiations.',
  }),
  item('i-next', 10, 'Date of Next Meeting', {
    standingKind: 'nextMeeting',
    description: 'The next meeting of the Board is scheduled for Wednesday 11 June 2025 at 6.00 pm.',
  }),
];

const paper = (
  id: string,
  agendaItemId: string,
  name: string,
  format: 'pdf' | 'docx',
  kb: number,
  role: AttachedDocument['role'],
  order: number,
): AttachedDocument => ({
  id,
  agendaItemId,
  meetingId: sampleMeetingId,
  name,
  format,
  role,
  sizeBytes: kb * 1024,
  order,
  toFollow: false,
  supplementary: false,
  version: 1,
  sha256: '',
});

export const sampleDocuments: AttachedDocument[] = [
  paper('d-minutes', 'i-minutes', 'Minutes of 11 December 2024', 'pdf', 105, 'report', 1),
  paper('d-safety', 'i-safety', 'Safer Neighbourhoods Update', 'pdf', 212, 'report', 1),
  paper('d-safety-a', 'i-safety', 'Appendix A - Crime figures by ward', 'pdf', 58, 'appendix', 2),
  paper('d-libraries', 'i-libraries', 'Library Opening Hours Review', 'docx', 74, 'report', 1),
  paper('d-leisure', 'i-leisure', 'Leisure Centre Contract Renewal', 'pdf', 96, 'report', 1),
];
