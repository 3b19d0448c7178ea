import { numberAgenda, type NumberedAgendaItem } from '../../domain/agenda-numbering';
import { houseStyleOf, type HouseStyle } from '../../domain/house-style';
import type { MeetingRecord } from '../../domain/meeting-record';
import type { AgendaItem, Committee, OrganisationSettings, RecordId } from '../../domain/model';

/**
 * What a builder looks up again for every minute (the agenda's numbers, an item by its id, the house's style),
 * worked out once per build. Remembered only while one build runs (`duringOneBuild`): a builder never changes
 * the record it prints, but a caller may change a record between two builds (the tests do), so nothing is kept
 * from one build to the next. Outside a build every lookup is worked out afresh, as before.
 *
 * @example duringOneBuild(() => minutes.map((minute) => agendaEntryOf(record, minute.agendaItemId)?.number))
 */
let remembered: WeakMap<object, Map<string, unknown>> | undefined;

export function duringOneBuild<T>(build: () => T): T {
  // A build inside another (the agenda and minutes print each minute's content) shares the outer one's memory.
  if (remembered) return build();
  remembered = new WeakMap();
  try {
    return build();
  } finally {
    remembered = undefined;
  }
}

function once<T>(owner: object, what: string, workOut: () => T): T {
  if (!remembered) return workOut();
  let known = remembered.get(owner);
  if (!known) {
    known = new Map();
    remembered.set(owner, known);
  }
  if (known.has(what)) return known.get(what) as T;
  const value = workOut();
  known.set(what, value);
  return value;
}

/** The agenda item of that id, from the record's items. */
export function agendaItemOf(
  record: Pick<MeetingRecord, 'agendaItems'>,
  agendaItemId: RecordId,
): AgendaItem | undefined {
  const byId = once(
    record.agendaItems,
    'items by id',
    () => new Map(record.agendaItems.map((item) => [item.id, item])),
  );
  return byId.get(agendaItemId);
}

/** The item with its printed agenda number ("5", "5.1", '' for an unnumbered section) and depth. */
export function agendaEntryOf(
  record: Pick<MeetingRecord, 'agendaItems'>,
  agendaItemId: RecordId,
): NumberedAgendaItem | undefined {
  const numbered = once(
    record.agendaItems,
    'agenda numbers',
    () => new Map(numberAgenda(record.agendaItems).map((entry) => [entry.item.id, entry])),
  );
  return numbered.get(agendaItemId);
}

/** The organisation's house style with the committee's own choices over it (domain/house-style.ts). */
export function houseStyleIn(holder: {
  organisation?: Pick<OrganisationSettings, 'houseStyle'>;
  committee?: Pick<Committee, 'houseStyle'>;
}): HouseStyle {
  return once(holder, 'house style', () => houseStyleOf(holder.organisation, holder.committee));
}

/** Anything else a builder works out from the whole record, once per build under its own name. */
export function oncePerBuild<T>(record: MeetingRecord, what: string, workOut: () => T): T {
  return once(record, what, workOut);
}
