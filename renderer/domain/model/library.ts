import type { IsoDate, Stored } from './record';
import type { BankHolidayRegion } from './organisation';
import type { ResolutionVerb } from './minutes';

/** What a phrase does: put its words in the minute's text, or make them the item's resolution. */
export const phraseKinds = {
  text: 'Plain text',
  resolution: 'Resolution text',
} as const;
export type PhraseKind = keyof typeof phraseKinds;

/** Standard wording the clerk inserts with a key or two while minuting. The organisation can edit them. */
export type Phrase = Stored & {
  label: string;
  /** The words inserted; for a resolution, its wording after the verb ("That the report be noted."). */
  text: string;
  /** Shortcut digit 1-9 in the minutes editor. */
  order: number;
  /** Unset (a phrase from before kinds, from an older laptop) is plain text. */
  kind?: PhraseKind;
  /** A resolution phrase's RESOLVED, AGREED or RECOMMENDED; unset is RESOLVED. */
  verb?: ResolutionVerb;
};

export const documentKinds = {
  agendaPack: 'Agenda pack',
  minutes: 'Minutes',
  actionLog: 'Action log',
  reportCover: 'Report cover',
} as const;
export type DocumentKind = keyof typeof documentKinds;

/** The organisation's own .docx with placeholders; one per document kind. */
export type DocumentTemplate = Stored & {
  kind: DocumentKind;
  name: string;
  bytes: Uint8Array;
  uploadedAt: string;
};

/** A bank holiday added or removed by the clerk on top of the built-in calendar. */
export type BankHolidayEdit = Stored & {
  date: IsoDate;
  region: BankHolidayRegion;
  name: string;
  /** "removed" cancels a built-in holiday (a moved one is a removal plus an addition). */
  change: 'added' | 'removed';
};
