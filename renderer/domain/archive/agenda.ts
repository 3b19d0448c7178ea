import type { AgendaItem, AttachedDocument, DocumentContent, Meeting, Person } from '../model';
import { formatLongDate } from '../en-gb';
import { minimalDocx } from './docx-bytes';
import type { YearPlan } from './committee-year';
import { landmarks } from './landmarks';
import { blanksFor, reportParagraphs, type Blanks, type Subject } from './prose';
import { reportSubjects } from './vocabulary';

/** A report item of a meeting, with what its minute and actions will talk about. */
export type ReportItem = { item: AgendaItem; subject: Subject; officer: Person; blanks: Blanks };

export type GeneratedAgenda = {
  items: AgendaItem[];
  reports: ReportItem[];
  documents: AttachedDocument[];
  contents: DocumentContent[];
};

const reportsPerMeeting = 7;

function blankItem(id: string, meetingId: string, order: number): AgendaItem {
  return {
    id,
    meetingId,
    order,
    title: '',
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
  };
}

/**
 * The agenda as the committee's standing items lay it out, with seven officers' reports between the action list
 * and urgent business, each with its report as a .docx.
 */
export function agendaOf(
  plan: YearPlan,
  meeting: Meeting,
  previous: Meeting | undefined,
  plant: boolean,
): GeneratedAgenda {
  const { random, history } = plan;
  const standing = history.committee.standingItems;
  const split = standing.findIndex((item) => item.kind === 'urgentBusiness');
  const opening = split === -1 ? standing : standing.slice(0, split);
  const closing = split === -1 ? [] : standing.slice(split);
  const out: GeneratedAgenda = { items: [], reports: [], documents: [], contents: [] };
  let order = 0;
  for (const entry of opening) {
    out.items.push({
      ...blankItem(random.id(), meeting.id, order++),
      title: entry.title,
      description: entry.description,
      standingKind: entry.kind,
      ...(entry.kind === 'previousMinutes' && previous ? { previousMeetingId: previous.id } : {}),
    });
  }
  random.sample(reportSubjects, reportsPerMeeting).forEach((subject, index) => {
    const officer = random.pick(plan.officers);
    const member = plan.people.get(random.pick(history.memberships).personId);
    const blanks = blanksFor(random, subject, officer.position, member?.name ?? 'Ashdown');
    const item: AgendaItem = {
      ...blankItem(random.id(), meeting.id, order++),
      title: subject[0],
      description: `Report of the ${officer.position}.`,
      recommendation: `That the Committee notes the report on ${subject[1]}.`,
      responsibleOfficer: officer.position,
      reportAuthor: officer.name,
      wards: [blanks.ward],
      keyDecision: random.chance(0.1),
    };
    out.items.push(item);
    out.reports.push({ item, subject, officer, blanks });
    const paragraphs = reportParagraphs(random, subject[0], blanks, formatLongDate(meeting.date));
    if (plant && index === 1) paragraphs.splice(6, 0, landmarks.reportSentence);
    const scanned = new Uint8Array(Math.round(plan.documentPaddingBytes * (0.5 + random.next())));
    random.fill(scanned);
    const bytes = minimalDocx(paragraphs, scanned);
    const document: AttachedDocument = {
      id: random.id(),
      agendaItemId: item.id,
      meetingId: meeting.id,
      name: `${subject[0]}.docx`,
      format: 'docx',
      role: 'report',
      sizeBytes: bytes.length,
      pageCount: 3,
      order: 0,
      toFollow: false,
      supplementary: false,
      version: 1,
      // Filled in by the loader: hashing is asynchronous in browsers and the generator stays synchronous.
      sha256: '',
    };
    out.documents.push(document);
    out.contents.push({ id: document.id, bytes });
  });
  for (const entry of closing) {
    out.items.push({
      ...blankItem(random.id(), meeting.id, order++),
      title: entry.title,
      description: entry.description,
      standingKind: entry.kind,
    });
  }
  return out;
}
