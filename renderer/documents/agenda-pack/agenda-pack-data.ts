import type { MeetingRecord } from '../../domain/meeting-record';
import type { ExemptParagraph, RecordId } from '../../domain/model';
import type { PageImage } from '../pdf-pages';

/**
 * What the agenda pack is built from: one meeting as plain data (MeetingRecord), the bytes of its attached papers
 * (the documentContents table, by document id) and the previous meeting's minutes as a .docx (from buildMinutes).
 * Plain data only, so it can be posted to the pack worker as is.
 */
export type AgendaPackData = {
  record: MeetingRecord;
  documentContents: Record<RecordId, Uint8Array>;
  previousMinutes?: Uint8Array;
  /**
   * The minutes each "Minutes" item presents (its `minutesOf`), in print order, each as a .docx with whether it
   * is still a draft: a draft's every page in the pack is marked DRAFT. Given, it replaces `previousMinutes`.
   */
  presentedMinutes?: PresentedMinutes[];
  /**
   * The previous meeting's confidential (Part B) minutes as a .docx, with the Schedule 12A paragraph to mark them
   * by. Only ever read for the private pack; the public pack leaves them out even when given them.
   */
  previousExemptMinutes?: { bytes: Uint8Array; paragraph: ExemptParagraph };
  /** The organisation's agenda pack template (.docx), dressing the front sheet and agenda; none: house style. */
  template?: Uint8Array;
};

export type PresentedMinutes = {
  agendaItemId: RecordId;
  meetingId: RecordId;
  /** As progress and errors name it: "The minutes of Planning Committee, 12 January 2027". */
  label: string;
  bytes: Uint8Array;
  draft: boolean;
};

/** Who the pack is for: the public pack leaves out every Part B paper; the private pack is for members only. */
export type PackAudience = 'public' | 'private';

/** The agenda as published, or the supplementary agenda with the papers that were "To Follow". */
export type PackEdition = 'agenda' | 'supplementary';

export type { PageImage };

/**
 * Draws each page of a PDF: pdf.js on a node canvas in tests, on an OffscreenCanvas in the worker. `onPage` hears
 * of each page before it is drawn, so a long PDF keeps the progress moving (and the pack's caller listening).
 */
export type PdfPageRenderer = (
  pdf: Uint8Array,
  label: string,
  onPage?: (page: number, pages: number) => void,
) => Promise<PageImage[]>;

/** How far the pack has got, paper by paper: `paper` names the paper being drawn or merged, as in errors. */
export type PackProgress = { done: number; total: number; stage: PackStage; paper?: string };
export const packStages = {
  drawingPdfPages: 'Drawing PDF pages',
  layingOut: 'Laying out the agenda',
  writingAgenda: 'Writing the agenda',
  mergingReports: 'Merging reports',
  packing: 'Saving the pack',
  writingFile: 'Writing the file',
} as const;
export type PackStage = keyof typeof packStages;

export type AgendaPackOptions = {
  audience: PackAudience;
  edition: PackEdition;
  renderPdf?: PdfPageRenderer;
  onProgress?: (progress: PackProgress) => void;
};

export type AgendaPackResult = {
  bytes: Uint8Array;
  /** Things in the papers the pack could not carry, to show the clerk. */
  warnings: string[];
};
