import type { SearchEntry, SearchKind } from './search-entries';

/** What a hit shows and filters on, kept in the shard; the text itself is read back only for the snippet. */
export type ShardEntry = Omit<SearchEntry, 'text'>;

/**
 * The entries of a shard as stored: the committee and date belong to the meeting, so they are kept once per
 * meeting (a year has a few hundred) rather than once per entry (it has ten thousand).
 */
export type SavedEntries = {
  ids: string[];
  titles: string[];
  meetingOf: Uint32Array;
  titleLengths: Uint32Array;
  textLengths: Uint32Array;
  meetingIds: string[];
  committeeIds: string[];
  dates: string[];
};

/** The kind is the part of the id before the first colon ("minute:1234"). */
function split(id: string): [SearchKind, string] {
  const colon = id.indexOf(':');
  return [id.slice(0, colon) as SearchKind, id.slice(colon + 1)];
}

/** The entries of one shard, by number; a removed entry keeps its number, with an empty id, until saved. */
export class ShardEntries {
  readonly ids: string[];
  readonly kinds: SearchKind[];
  readonly titleLengths: number[];
  readonly textLengths: number[];
  private readonly titles: string[];
  private readonly meetingOf: number[];
  private readonly meetingIds: string[];
  private readonly committeeIds: string[];
  private readonly dates: string[];
  private meetingNumbers: Map<string, number> | undefined;

  constructor(saved?: SavedEntries) {
    this.ids = saved ? [...saved.ids] : [];
    this.kinds = this.ids.map((id) => split(id)[0]);
    this.titles = saved ? [...saved.titles] : [];
    this.meetingOf = saved ? Array.from(saved.meetingOf) : [];
    this.titleLengths = saved ? Array.from(saved.titleLengths) : [];
    this.textLengths = saved ? Array.from(saved.textLengths) : [];
    this.meetingIds = saved ? [...saved.meetingIds] : [];
    this.committeeIds = saved ? [...saved.committeeIds] : [];
    this.dates = saved ? [...saved.dates] : [];
  }

  push(entry: SearchEntry, titleLength: number, textLength: number): number {
    this.meetingNumbers ??= new Map(this.meetingIds.map((id, m) => [id, m]));
    let meeting = this.meetingNumbers.get(entry.meetingId);
    const known = meeting !== undefined && this.committeeIds[meeting] === entry.committeeId;
    if (meeting === undefined || !known || this.dates[meeting] !== entry.date) {
      meeting = this.meetingIds.push(entry.meetingId) - 1;
      this.committeeIds.push(entry.committeeId);
      this.dates.push(entry.date);
      this.meetingNumbers.set(entry.meetingId, meeting);
    }
    this.ids.push(entry.id);
    this.kinds.push(entry.kind);
    this.titles.push(entry.title);
    this.meetingOf.push(meeting);
    this.titleLengths.push(titleLength);
    this.textLengths.push(textLength);
    return this.ids.length - 1;
  }

  committeeOf(n: number): string {
    return this.committeeIds[this.meetingOf[n] as number] as string;
  }
  dateOf(n: number): string {
    return this.dates[this.meetingOf[n] as number] as string;
  }

  entry(n: number): ShardEntry {
    const id = this.ids[n] as string;
    const meeting = this.meetingOf[n] as number;
    return {
      id,
      kind: this.kinds[n] as SearchKind,
      recordId: split(id)[1],
      meetingId: this.meetingIds[meeting] as string,
      committeeId: this.committeeIds[meeting] as string,
      date: this.dates[meeting] as string,
      title: this.titles[n] as string,
    };
  }

  /** The entries still here, in order (numbers closed up), and only the meetings they belong to. */
  saved(keep: readonly number[]): SavedEntries {
    const meetings = [...new Set(keep.map((n) => this.meetingOf[n] as number))];
    const renumber = new Map(meetings.map((m, at) => [m, at]));
    const pick = <T>(values: readonly T[], numbers: readonly number[]) => numbers.map((n) => values[n] as T);
    return {
      ids: pick(this.ids, keep),
      titles: pick(this.titles, keep),
      meetingOf: Uint32Array.from(keep, (n) => renumber.get(this.meetingOf[n] as number) as number),
      titleLengths: Uint32Array.from(pick(this.titleLengths, keep)),
      textLengths: Uint32Array.from(pick(this.textLengths, keep)),
      meetingIds: pick(this.meetingIds, meetings),
      committeeIds: pick(this.committeeIds, meetings),
      dates: pick(this.dates, meetings),
    };
  }
}
