import type { NumberedAgendaItem } from '../../domain/agenda-numbering';
import { numberAgenda } from '../../domain/agenda-numbering';
import { presentsMinutes } from '../../domain/minutes-presented';
import { paperStatus } from '../../domain/exempt-papers';
import { exemptWording } from '../../domain/exempt-wording';
import type { AgendaItem, AttachedDocument, ExemptParagraph } from '../../domain/model';
import type { AgendaPackData, PackAudience, PackEdition } from './agenda-pack-data';

/**
 * One paper as it goes into the pack: the previous minutes, a report or an appendix; or, in the public pack, the
 * page that stands where an exempt paper would (`withheld`: the line saying what was withheld, no bytes).
 */
export type Paper = {
  /** Unique within the pack: names its placeholder and bookmarks. */
  key: string;
  format: 'docx' | 'pdf';
  bytes: Uint8Array;
  label: string;
  pageCount?: number;
  /** Set on an exempt paper in the private pack: each of its pages is marked with it. */
  exempt?: { paragraph?: ExemptParagraph };
  withheld?: string;
  /** Minutes not yet approved: every page of them is marked DRAFT. */
  draft?: boolean;
};

export type PlannedItem = {
  numbered: NumberedAgendaItem;
  papers: Paper[];
  /** Promised papers not in this pack: printed "(To Follow)". */
  toFollow: boolean;
};

export type PackPlan = {
  publicItems: PlannedItem[];
  privateItems: PlannedItem[];
  /** Whether any item of the meeting is Part B, whichever pack this is: only if none may the pack say all is public. */
  meetingHasPartB: boolean;
};

/**
 * Which papers go into which pack, in agenda order. The public pack never takes a Part B paper (they are not even
 * read); the supplementary edition takes only papers that arrived after publication, for the items that have them.
 */
export function planPack(data: AgendaPackData, audience: PackAudience, edition: PackEdition): PackPlan {
  const { record } = data;
  const planned = numberAgenda(record.agendaItems).map((numbered): PlannedItem => {
    const { item } = numbered;
    const exempt = item.part === 'B';
    const documents = record.documents
      .filter((document) => document.agendaItemId === item.id)
      .sort((a, b) => a.order - b.order);
    const inThisEdition = (document: AttachedDocument): boolean =>
      !document.toFollow && (edition === 'supplementary' ? document.supplementary : !document.supplementary);
    const mayInclude = audience === 'private' || !exempt;
    const papers: Paper[] = mayInclude
      ? documents.filter(inThisEdition).map((document) => {
          const status = paperStatus(document, record.agendaItems);
          if (!status.exempt) return paperOf(data, document, numbered.number);
          if (audience === 'public') return withheldPaper(data, document, numbered.number, status.paragraph);
          return paperOf(data, document, numbered.number, { paragraph: status.paragraph });
        })
      : [];
    if (mayInclude && edition === 'agenda' && isPreviousMinutes(numbered)) {
      papers.unshift(...previousMinutesPapers(data, audience, numbered, record.agendaItems));
    }
    const promised = documents.some(
      (document) => document.toFollow || (edition === 'agenda' && document.supplementary),
    );
    return { numbered, papers, toFollow: promised && papers.length === 0 };
  });
  // The supplementary agenda lists the items whose papers arrived late: a Part B one too in the public pack, by
  // title and paragraph only (its papers are not even read), so the public knows it will be taken in private.
  const arrivedLate = (item: AgendaItem): boolean =>
    record.documents.some(
      (document) => document.agendaItemId === item.id && document.supplementary && !document.toFollow,
    );
  const forEdition =
    edition === 'supplementary'
      ? planned.filter((entry) => entry.papers.length > 0 || arrivedLate(entry.numbered.item))
      : planned;
  return {
    publicItems: forEdition.filter((entry) => entry.numbered.item.part === 'A'),
    privateItems: forEdition.filter((entry) => entry.numbered.item.part === 'B'),
    meetingHasPartB: record.agendaItems.some((item) => item.part === 'B'),
  };
}

/**
 * The previous meeting's minutes: the public ones under the Part A minutes item; in the PRIVATE pack only, its
 * confidential Part B minutes too, marked NOT FOR PUBLICATION, under a Part B minutes item if the agenda has one,
 * otherwise straight after the public minutes. The public pack never takes them, whatever data it is given.
 */
function previousMinutesPapers(
  data: AgendaPackData,
  audience: PackAudience,
  { item }: NumberedAgendaItem,
  items: AgendaItem[],
): Paper[] {
  const papers: Paper[] = [];
  const presented = data.presentedMinutes?.filter((minutes) => minutes.agendaItemId === item.id);
  if (item.part === 'A' && data.presentedMinutes) {
    papers.push(
      ...(presented ?? []).map((minutes): Paper => ({
        key: `minutes-${item.id}-${minutes.meetingId}`,
        format: 'docx',
        bytes: minutes.bytes,
        label: minutes.label,
        draft: minutes.draft,
      })),
    );
  } else if (item.part === 'A' && data.previousMinutes) {
    papers.push({
      key: `minutes-${item.id}`,
      format: 'docx',
      bytes: data.previousMinutes,
      label: 'The previous minutes',
    });
  }
  const exempt = data.previousExemptMinutes;
  const partBHome = items.some((other) => other.part === 'B' && isPreviousMinutes({ item: other }));
  if (audience === 'private' && exempt && (item.part === 'B' || !partBHome)) {
    papers.push({
      key: `exempt-minutes-${item.id}`,
      format: 'docx',
      bytes: exempt.bytes,
      label: "The previous meeting's confidential minutes",
      exempt: { paragraph: exempt.paragraph },
    });
  }
  return papers;
}

function isPreviousMinutes({ item }: Pick<NumberedAgendaItem, 'item'>): boolean {
  return presentsMinutes(item);
}

/**
 * Where an exempt paper of a public item stood in the public pack: one page saying what was withheld and under
 * which paragraph, in the council's words. Its bytes are never read (the public pack is not even given them).
 */
function withheldPaper(
  data: AgendaPackData,
  document: AttachedDocument,
  number: string,
  paragraph: ExemptParagraph | undefined,
): Paper {
  const line = exemptWording(data.record.organisation, 'withheldPaperLine', {
    paper: `“${document.name}”`,
    item: number,
    ...(paragraph ? { paragraph } : {}),
  });
  return {
    key: `withheld-${document.id}`,
    format: 'docx',
    bytes: new Uint8Array(),
    label: `"${document.name}" (item ${number}, withheld)`,
    withheld: line,
  };
}

function paperOf(
  data: AgendaPackData,
  document: AttachedDocument,
  number: string,
  exempt?: Paper['exempt'],
): Paper {
  const bytes = data.documentContents[document.id];
  if (!bytes || bytes.length === 0) {
    throw new Error(
      `"${document.name}" (item ${number}) has no file stored. Attach the file again, or mark it To Follow.`,
    );
  }
  return {
    key: `paper-${document.id}`,
    format: document.format,
    bytes,
    label: `"${document.name}" (item ${number})`,
    pageCount: document.pageCount,
    ...(exempt ? { exempt } : {}),
  };
}

/** Every paper in pack order: Part A items' papers, then Part B's. */
export function papersInOrder(plan: PackPlan): Paper[] {
  return [...plan.publicItems, ...plan.privateItems].flatMap((entry) => entry.papers);
}
