import type { RecordId } from './record';

/** One entry in the change log: which record changed, which fields, when (hybrid clock) and on which laptop. */
export type ChangeEntry = {
  seq?: number;
  table: string;
  recordId: RecordId;
  op: 'put' | 'delete';
  fields: string[];
  hlc: string;
  deviceId: string;
  /** Wall-clock time, ISO, for people reading the audit trail. */
  at: string;
};

/** The latest clock stamp of each field of a record: merge compares these field by field. */
export type RecordClock = {
  key: string;
  table: string;
  recordId: RecordId;
  fields: Record<string, string>;
  /** Set when the record was deleted: a tombstone that travels in exports. */
  deletedAt?: string;
};

export type MetaEntry = { key: string; value: unknown };

export type SyncPeer = {
  deviceId: string;
  name: string;
  /** The highest stamp of ours the peer has seen, and of theirs we have applied. */
  sentUpTo?: string;
  receivedUpTo?: string;
  lastExchangeAt?: string;
};

/** Text edited on two laptops since their last common version: both kept until the clerk chooses. */
export type SyncConflict = {
  id: string;
  table: string;
  recordId: RecordId;
  field: string;
  localValue: unknown;
  remoteValue: unknown;
  localStamp: string;
  remoteStamp: string;
  remoteDeviceId: string;
  resolved: 0 | 1;
  detectedAt: string;
};

export type SearchIndexEntry = { key: string; value: unknown };
