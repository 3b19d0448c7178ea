import { numberAgenda } from '../../domain/agenda-numbering';
import { houseStyleOf, type ResolvedForm } from '../../domain/house-style';
import { isEmptyRichText } from '../../domain/rich-text';
import type { MeetingRecord } from '../../domain/meeting-record';
import type {
  Action,
  AttachedDocument,
  Declaration,
  ExemptParagraph,
  Minute,
  Resolution,
  RichText,
} from '../../domain/model';
import type { AgendaPackData } from '../agenda-pack';
import { planPack } from '../agenda-pack/paper-plan';
import {
  declarationSentence,
  declarationsWording,
  itemReference,
  type DeclarationsWording,
} from '../minutes/declaration-wording';
import { attendanceWording, type AttendanceWording } from '../minutes/attendance-wording';
import { closingNoteText } from '../minutes/closing-note';
import { minuteProceedingLines } from '../minutes/proceeding-lines';
import { chairLineTexts } from '../minutes/chair-lines';
import { votingBarSentences } from '../minutes/voting-bars';
import type { ProceedingLine } from '../../domain/proceeding-wording';
import { actionOwner, actionsOf } from '../minutes/minute-content';
import { inOrderDeclared } from '../../domain/declaration-order';
import { minutesForPart } from '../minutes/minute-selection';
import { minuteNotes, type MinuteNotes } from '../minutes/minute-notes';

/** What has been published of a meeting: the agenda alone, or the agenda with its minutes under each item. */
export type PublishedEdition = 'agenda' | 'minutes';

export type PublicPaper = Pick<AttachedDocument, 'id' | 'name' | 'format' | 'sizeBytes' | 'role'> & {
  bytes: Uint8Array;
};

export type PublicMinute = {
  number: string;
  /**
   * Interests declared, as sentences (a decision notice lists them so): on the declarations item all of them,
   * else each at its own item.
   */
  declarations: string[];
  /** The same declarations in the house's form (sentences or its table), as the Word minutes print them. */
  declared: DeclarationsWording;
  /** Members barred by law from voting on the item (never an interest), as the Word minutes print them. */
  votingBars: string[];
  /** The running order (motions, nominations, votes) in the house's wording, as the Word minutes print it. */
  proceedings: ProceedingLine[];
  text: RichText;
  conclusions: string[];
  resolutions: Resolution[];
  /** The house's form of "RESOLVED: That", so the page reads as the Word minutes do. */
  resolvedForm: ResolvedForm;
  actions: { text: string; owner: string; due?: string }[];
  /**
   * The italic notes the minute opens with (arrivals, an urgent item's special circumstances, a Part B item
   * heard in public) and closes with (departures), the Word minutes' own sentences (minutes/minute-notes.ts).
   */
  notes: MinuteNotes;
};

/** A Part A item shows everything public; a Part B item shows its number, title and the paragraph only. */
export type PublicItem =
  | {
      part: 'A';
      /** The agenda item's id, for what is kept on the item itself (its executive decision). */
      id: string;
      number: string;
      depth: number;
      title: string;
      description: string;
      papers: PublicPaper[];
      /**
       * Where an exempt paper of this public item stood: the line saying what was withheld and under which
       * paragraph, in the council's words, as the public Word pack prints it (its name only, never its words).
       */
      withheld: string[];
      /**
       * The item's papers in the pack's order, each public paper by id and each withheld one by its line, so the
       * pack's PDF prints the withheld page where the exempt paper stood (printable/public-pdfs.ts).
       */
      packOrder: PackEntry[];
      toFollow: boolean;
      standingKind?: string;
      minute?: PublicMinute;
    }
  | {
      part: 'B';
      number: string;
      depth: number;
      title: string;
      exemptParagraph?: ExemptParagraph;
      /**
       * Only when the press and public were not excluded after all (the exclusion motion was lost): the minute
       * is then in the public minutes, as the Word public minutes print it; the papers stay exempt.
       */
      minute?: PublicMinute;
    };

/** One place in a public item's run of papers: a public paper, or the page standing for a withheld one. */
export type PackEntry = { paperId: string } | { withheldKey: string; line: string };

export type PublicMeeting = {
  items: PublicItem[];
  /** Whether minutes are shown, and whether they are still a draft (not yet approved at the next meeting). */
  minutes: 'none' | 'draft' | 'approved';
  /** Who attended, in the house's form, once minutes are shown: the Word minutes' own words. */
  attendance?: AttendanceWording;
  /** Where the chair changed during the meeting, who presided over which minutes, as the Word minutes say. */
  chairLines?: string[];
  /** How the minutes end, as the Word minutes do: "The meeting ended at 9.20 pm" (seed 001), in the house's form. */
  closing?: string;
};

/**
 * The part of a meeting the public may see, and the only place publishing decides it. It reuses the public agenda
 * pack's rule (planPack with audience 'public': no Part B paper, description or previous confidential minutes) and
 * the public minutes' rule (minutesForPart 'A'), so the website can never show more than the public pack and the
 * public minutes do. Every page builder works from this, never from the MeetingRecord, so nothing exempt reaches
 * them to leak. Papers are those of both editions of the agenda (the published one and the supplementary).
 *
 * @example publicMeeting({ record, documentContents }, 'minutes').items[0].title
 */
export function publicMeeting(data: AgendaPackData, edition: PublishedEdition): PublicMeeting {
  const { record } = data;
  const publicData: AgendaPackData = { record, documentContents: data.documentContents };
  const agenda = planPack(publicData, 'public', 'agenda');
  const supplement = planPack(publicData, 'public', 'supplementary');
  const publicIds = new Set(agenda.publicItems.map((entry) => entry.numbered.item.id));
  const minutes = edition === 'minutes' ? minutesForPart(record, 'A') : [];
  const items = numberAgenda(record.agendaItems).map(({ item, number, depth }): PublicItem => {
    const taken = minutes.find((candidate) => candidate.agendaItemId === item.id);
    // An item taken with nothing minuted (no text, note, declaration, conclusion, resolution or action) shows no empty "Minutes".
    const minute = taken && minutedOnly(publicMinute(record, taken));
    if (!publicIds.has(item.id)) {
      // minutesForPart('A') holds a Part B minute only when the item was heard in public.
      return {
        part: 'B',
        number,
        depth,
        title: item.title,
        exemptParagraph: item.exemptParagraph,
        ...(minute ? { minute } : {}),
      };
    }
    const planned = [...agenda.publicItems, ...supplement.publicItems].filter(
      (entry) => entry.numbered.item.id === item.id,
    );
    const paperIds = new Set(planned.flatMap((entry) => entry.papers.map((paper) => paper.key)));
    const papers = record.documents
      .filter((document) => paperIds.has(`paper-${document.id}`))
      .sort((a, b) => a.order - b.order)
      .map((document) => publicPaper(document, data.documentContents[document.id]));
    return {
      part: 'A',
      id: item.id,
      number,
      depth,
      title: item.title,
      description: item.description,
      papers,
      withheld: planned.flatMap((entry) =>
        entry.papers.flatMap((paper) => (paper.withheld ? [paper.withheld] : [])),
      ),
      packOrder: planned.flatMap((entry) =>
        entry.papers.flatMap((paper): PackEntry[] => {
          if (paper.withheld) return [{ withheldKey: paper.key, line: paper.withheld }];
          const id = paper.key.startsWith('paper-') ? paper.key.slice('paper-'.length) : undefined;
          return id !== undefined && papers.some((each) => each.id === id) ? [{ paperId: id }] : [];
        }),
      ),
      toFollow: papers.length === 0 && record.documents.some((d) => d.agendaItemId === item.id && d.toFollow),
      ...(item.standingKind ? { standingKind: item.standingKind } : {}),
      ...(minute ? { minute } : {}),
    };
  });
  const shown = edition === 'minutes' && minutes.length > 0;
  const approved = record.meeting.status === 'minutesApproved';
  return {
    items,
    minutes: shown ? (approved ? 'approved' : 'draft') : 'none',
    ...(shown
      ? {
          attendance: attendanceWording(record),
          chairLines: chairLineTexts(
            record,
            record.minutes.map((minute) => minute.id),
          ),
          ...closingOf(record),
        }
      : {}),
  };
}

function closingOf(record: MeetingRecord): Pick<PublicMeeting, 'closing'> {
  const form = houseStyleOf(record.organisation, record.committee).closingLine;
  const closing = closingNoteText(record.events, form, record.meeting.startTime);
  return closing ? { closing } : {};
}

function minutedOnly(minute: PublicMinute): PublicMinute | undefined {
  const minuted =
    !isEmptyRichText(minute.text) ||
    minute.notes.opening.length > 0 ||
    minute.notes.closing.length > 0 ||
    minute.declarations.length > 0 ||
    minute.proceedings.length > 0 ||
    minute.votingBars.length > 0 ||
    minute.conclusions.length > 0 ||
    minute.resolutions.length > 0 ||
    minute.actions.length > 0;
  return minuted ? minute : undefined;
}

function publicPaper(document: AttachedDocument, bytes: Uint8Array | undefined): PublicPaper {
  // planPack has already refused a paper with no bytes, so this is only the type's sake.
  return {
    id: document.id,
    name: document.name,
    format: document.format,
    sizeBytes: bytes?.length ?? document.sizeBytes,
    role: document.role,
    bytes: bytes ?? new Uint8Array(),
  };
}

/**
 * Declarations on public items only, and whether they are named by their item's numbers (all together under the
 * declarations minute). The Word minutes also list a Part B item's declarations (as "an item in Part B"), but
 * what a member declares about exempt business can describe it, so the website leaves them out.
 */
function publicDeclarations(
  record: MeetingRecord,
  minute: Minute,
): { declared: Declaration[]; byReference: boolean } {
  const publicItems = new Set(record.agendaItems.filter((item) => item.part === 'A').map((item) => item.id));
  const itemOf = (id: string) => record.agendaItems.find((item) => item.id === id);
  const allTogether = record.minutes.some(
    (taken) => itemOf(taken.agendaItemId)?.standingKind === 'declarations',
  );
  const here = itemOf(minute.agendaItemId)?.standingKind === 'declarations';
  const declared = inOrderDeclared(record.declarations).filter((declaration) =>
    publicItems.has(declaration.agendaItemId),
  );
  if (allTogether) return { declared: here ? declared : [], byReference: true };
  return {
    declared: declared.filter((declaration) => declaration.agendaItemId === minute.agendaItemId),
    byReference: false,
  };
}

function publicMinute(record: MeetingRecord, minute: Minute): PublicMinute {
  const { declared, byReference } = publicDeclarations(record, minute);
  const resolutions = record.resolutions
    .filter((resolution) => resolution.minuteId === minute.id)
    .sort((a, b) => a.order - b.order);
  return {
    number: minute.number,
    declarations: declared.map((declaration) =>
      declarationSentence(
        record,
        declaration,
        byReference ? itemReference(record, declaration.agendaItemId) : 'this item',
      ),
    ),
    declared: declarationsWording(record, declared, { byReference }),
    votingBars: votingBarSentences(record, minute.agendaItemId),
    proceedings: minuteProceedingLines(record, minute),
    text: minute.text,
    conclusions: minute.conclusions,
    resolutions,
    resolvedForm: houseStyleOf(record.organisation, record.committee).resolvedForm,
    actions: actionsOf(record, minute).map((action: Action) => ({
      text: action.text.trim(),
      owner: actionOwner(record, action),
      ...(action.due ? { due: action.due } : {}),
    })),
    notes: minuteNotes(record, minute),
  };
}
