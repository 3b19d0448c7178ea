/**
 * What an import accepts, checked against both the sizes a zip declares and the bytes it really unpacks to,
 * before anything is decompressed beyond them. Twelve years of a busy committee is ~200 MB of papers; the
 * limits leave room for several times that while refusing archives built to exhaust memory.
 */
export type ImportLimits = {
  maxFileBytes: number;
  maxEntries: number;
  maxEntryBytes: number;
  maxTotalBytes: number;
  /** Unpacked size over packed size above which a large entry is taken for a zip bomb. */
  maxCompressionRatio: number;
};

export const defaultImportLimits: ImportLimits = {
  maxFileBytes: 2 * 1024 ** 3,
  maxEntries: 200_000,
  maxEntryBytes: 512 * 1024 ** 2,
  maxTotalBytes: 2 * 1024 ** 3,
  maxCompressionRatio: 200,
};
