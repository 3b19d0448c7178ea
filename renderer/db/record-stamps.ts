import type { DBCore, DBCoreCursor, DBCoreTable, Middleware } from 'dexie';

/**
 * A record's field stamps (the hybrid-clock stamp of each field's last change, which sync merges by) are kept
 * in the record's own row, under this name, rather than in a row of their own: an import of a whole archive
 * then writes one row per record instead of two, and IndexedDB's cost is the number of rows, not their
 * bytes (bench/RESULTS.md, 5 December 2026). Deleted records keep their stamps in `clocks`, as tombstones.
 */
export const stampsKey = '_stamps';

/** Field name to hybrid-clock stamp. */
export type FieldStamps = Record<string, string>;

/**
 * The field stamps stored with a record read from the database (undefined for one stored before stamps were
 * kept with records, or made in memory). They are there even though the record does not list them.
 */
export function stampsOf(record: object): FieldStamps | undefined {
  return (record as Record<string, FieldStamps | undefined>)[stampsKey];
}

/** The row to store for a record and its stamps: a copy, so the record itself stays as the caller has it. */
export function withStamps<T extends object>(record: T, stamps: FieldStamps): T {
  return { ...record, [stampsKey]: stamps };
}

/**
 * Make the stamps of a row just read invisible to everything but `stampsOf`: not a field to the screens,
 * the documents, equality checks, spreads or exports. The row is changed in place (it is a fresh copy from
 * IndexedDB, or Dexie's cached copy of one, shared by readers that all want it so); a frozen one is copied.
 */
function hide<T>(value: T): T {
  if (!value || typeof value !== 'object') return value;
  const row = value as Record<string, unknown>;
  if (!Object.prototype.propertyIsEnumerable.call(row, stampsKey)) return value;
  if (Object.isFrozen(row)) {
    const { [stampsKey]: stamps, ...rest } = row;
    Object.defineProperty(rest, stampsKey, { value: stamps, writable: true, configurable: true });
    return Object.freeze(rest) as T;
  }
  Object.defineProperty(row, stampsKey, { enumerable: false });
  return value;
}

/** What Dexie keeps of the rows a read-write transaction last read to change (see `keepStamps`). */
type ReadToChange = { keys: unknown[]; values: unknown[] } | null | undefined;

/**
 * A row put back by code other than the change gate and sync (an upgrade's `modify`, Dexie's `update`) was
 * read with its stamps hidden, and is a copy without them: IndexedDB would store it with none, and sync would
 * then take every field as never edited. Its stamps are taken again from the row as read, which Dexie keeps
 * for the transaction while such a change is made; a row that had none stays without.
 */
function keepStamps(value: unknown, read: ReadToChange): unknown {
  if (!value || typeof value !== 'object') return value;
  const row = value as Record<string, unknown>;
  if (Object.prototype.propertyIsEnumerable.call(row, stampsKey)) return value;
  const stamps = Object.prototype.hasOwnProperty.call(row, stampsKey)
    ? row[stampsKey]
    : readStamps(row.id, read);
  return stamps === undefined ? value : { ...row, [stampsKey]: stamps };
}

function readStamps(id: unknown, read: ReadToChange): unknown {
  const index = read?.keys.indexOf(id) ?? -1;
  const before = index >= 0 ? read?.values[index] : undefined;
  return before && typeof before === 'object' ? stampsOf(before) : undefined;
}

/**
 * The cursor as Dexie made it, its value's stamps hidden. Its key and primary key are read from the cursor
 * itself too: the browser's getters refuse any other object (an "Illegal invocation").
 */
function hiddenCursor(cursor: DBCoreCursor): DBCoreCursor {
  return Object.create(cursor, {
    key: { get: (): unknown => cursor.key },
    primaryKey: { get: (): unknown => cursor.primaryKey },
    value: { get: (): unknown => hide(cursor.value as unknown) },
  }) as DBCoreCursor;
}

function stampedTable(table: DBCoreTable): DBCoreTable {
  return {
    ...table,
    get: (req) => table.get(req).then(hide),
    getMany: (req) => table.getMany(req).then((values: unknown[]) => values.map(hide)),
    query: (req) =>
      table.query(req).then((res) => (req.values ? { ...res, result: res.result.map(hide) } : res)),
    openCursor: (req) =>
      table.openCursor(req).then((cursor) => (cursor && req.values ? hiddenCursor(cursor) : cursor)),
    mutate: (req) => {
      if (req.type !== 'put' && req.type !== 'add') return table.mutate(req);
      const read = (req.trans as unknown as { _cache?: ReadToChange })._cache;
      const values = req.values.map((value) => keepStamps(value, read));
      const same = values.every((value, index) => value === req.values[index]);
      return table.mutate(same ? req : { ...req, values });
    },
  };
}

/** Dexie middleware for the tables whose records carry stamps: see `stampsKey` and `hide`. */
export function recordStamps(tables: readonly string[]): Middleware<DBCore> {
  const stamped = new Set(tables);
  return {
    stack: 'dbcore',
    name: 'RecordStamps',
    // Above Dexie's own layers (cache, virtual indexes, hooks): what they cache and compare is the row as
    // stored; only what reaches Chamber's code has its stamps hidden.
    level: 10,
    create: (core) => ({
      ...core,
      table: (name) => (stamped.has(name) ? stampedTable(core.table(name)) : core.table(name)),
    }),
  };
}
