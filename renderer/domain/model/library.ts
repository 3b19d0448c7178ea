import type { IsoDate, Stored } from './record';
import type { BankHolidayRegion } from './organisation';

/** Standard wording the clerk inserts with a key or two while minuting. The organisation can edit them. */
export type Phrase = Stored & {
  label: string;
  text: string;
  /** Shortcut digit 1-9 in the minutes editor. */
  order: number;
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
