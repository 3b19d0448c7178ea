import type { ExemptParagraph } from './agenda';
import type { RecordId, Stored } from './record';

export const documentRoles = {
  report: 'Report',
  appendix: 'Appendix',
  supplementary: 'Supplementary paper',
} as const;
export type DocumentRole = keyof typeof documentRoles;

export type DocumentFormat = 'docx' | 'pdf';

/** A paper attached to an agenda item. The bytes live in `documentContents` under the same id. */
export type AttachedDocument = Stored & {
  agendaItemId: RecordId;
  meetingId: RecordId;
  name: string;
  format: DocumentFormat;
  role: DocumentRole;
  sizeBytes: number;
  pageCount?: number;
  order: number;
  /** "To Follow": promised, not yet received; goes into the supplementary pack when it arrives. */
  toFollow: boolean;
  /** True when it arrived after the agenda was published. */
  supplementary: boolean;
  version: number;
  /** SHA-256 of the bytes, hex: sync checks it, and a replaced version shows as changed. */
  sha256: string;
  /**
   * The paper's own status, whatever its item's part: a public report often has one exempt appendix (the prices,
   * paragraph 3). Exempt papers go only into the members' private pack. Unset only on a paper from an older
   * Chamber, which is read as its item's part (see domain/exempt-papers.ts).
   */
  exempt?: boolean;
  /** The Schedule 12A paragraph an exempt paper is exempt under. */
  exemptParagraph?: ExemptParagraph;
  /** Why the public interest in keeping it exempt outweighs that in disclosing it. */
  publicInterestReason?: string;
};

export type DocumentContent = Stored & {
  bytes: Uint8Array;
};
