import type { MinuteNumberingScheme } from './model';
import { sequenceOf } from './minute-numbering';

/**
 * When two laptops each take an item of the same meeting while apart, each numbers its minute from what it
 * knows, and after they exchange files both minutes carry the same number. This works out new numbers that
 * every laptop computes alike from the same records, so after any exchange they agree without talking.
 *
 * The rule: a meeting whose numbers and order-taken are all distinct is left alone. Otherwise its minutes are
 * put in the order they were taken, by the hybrid-clock stamp of each minute's creation (a clock both laptops
 * hold once they have exchanged), then the order taken on its own laptop, then id. For a meeting still being
 * drafted every minute then follows that order from the meeting's lowest number (101, 102, 103...). For a
 * meeting whose minutes are approved, the numbers already printed stay: only the later minute of each
 * duplicate moves, to the numbers after the meeting's highest.
 */
export type MinuteToRenumber = {
  id: string;
  takenOrder: number;
  number: string;
  /** The hybrid-clock stamp of the minute's creation; undefined for records from before clocks. */
  createdStamp: string | undefined;
};

export type MinuteRenumbering = { id: string; takenOrder: number; number: string };

export type RenumberingInput = {
  scheme: MinuteNumberingScheme;
  /** Approved minutes are a signed record: keep every number that is not a duplicate. */
  approved: boolean;
  minutes: MinuteToRenumber[];
};

/** The changes that make the meeting's numbers distinct; empty when there is nothing to change. */
export function renumberMinutes({ scheme, approved, minutes }: RenumberingInput): MinuteRenumbering[] {
  if (!hasDuplicates(scheme, minutes)) return [];
  const ordered = [...minutes].sort(inOrderTaken);
  const wanted = approved ? keepPrinted(scheme, ordered) : renumberAll(scheme, ordered);
  return wanted.filter((next) => {
    const now = minutes.find((minute) => minute.id === next.id);
    return now?.number !== next.number || now.takenOrder !== next.takenOrder;
  });
}

function hasDuplicates(scheme: MinuteNumberingScheme, minutes: MinuteToRenumber[]): boolean {
  const orders = new Set(minutes.map((minute) => minute.takenOrder));
  if (orders.size < minutes.length) return true;
  // Per-agenda-item numbers are the items' own numbers: two minutes of two items never share one.
  if (scheme === 'perAgendaItem') return false;
  // An unnumbered section's minute ('') has no number to clash: only its order taken is settled.
  const numbered = minutes.filter((minute) => minute.number !== '');
  return new Set(numbered.map((minute) => minute.number)).size < numbered.length;
}

/** Creation stamp (missing ones first), then the order on its own laptop, then id: a total order. */
function inOrderTaken(a: MinuteToRenumber, b: MinuteToRenumber): number {
  const stampA = a.createdStamp ?? '';
  const stampB = b.createdStamp ?? '';
  if (stampA !== stampB) return stampA < stampB ? -1 : 1;
  if (a.takenOrder !== b.takenOrder) return a.takenOrder - b.takenOrder;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** "9/18" with sequence 10 -> "10/18": the scheme's suffix (the municipal year) stays as it was. */
function withSequence(number: string, sequence: number): string {
  return `${sequence}${number.replace(/^\d+/, '')}`;
}

function renumberAll(scheme: MinuteNumberingScheme, ordered: MinuteToRenumber[]): MinuteRenumbering[] {
  const first = Math.min(...ordered.map((minute) => sequenceOf(minute.number) ?? Infinity));
  let numberedSoFar = 0;
  return ordered.map((minute, index) => {
    const keep = scheme === 'perAgendaItem' || !Number.isFinite(first) || minute.number === '';
    const number = keep ? minute.number : withSequence(minute.number, first + numberedSoFar);
    if (minute.number !== '') numberedSoFar += 1;
    return { id: minute.id, takenOrder: index + 1, number };
  });
}

function keepPrinted(scheme: MinuteNumberingScheme, ordered: MinuteToRenumber[]): MinuteRenumbering[] {
  const seenNumbers = new Set<string>();
  const seenOrders = new Set<number>();
  let nextSequence = Math.max(0, ...ordered.map((minute) => sequenceOf(minute.number) ?? 0)) + 1;
  let nextOrder = Math.max(0, ...ordered.map((minute) => minute.takenOrder)) + 1;
  return ordered.map((minute) => {
    let { number, takenOrder } = minute;
    if (scheme !== 'perAgendaItem' && number !== '' && seenNumbers.has(number)) {
      number = withSequence(number, nextSequence);
      nextSequence += 1;
    }
    if (seenOrders.has(takenOrder)) {
      takenOrder = nextOrder;
      nextOrder += 1;
    }
    seenNumbers.add(number);
    seenOrders.add(takenOrder);
    return { id: minute.id, takenOrder, number };
  });
}
