export { generateArchive, fullArchive, smallArchive, type ArchiveOptions } from './generate';
export { archiveTables, countBatch, type ArchiveBatch, type ArchiveCounts, type ArchiveTable } from './batch';
export { landmarks } from './landmarks';
export { changeStamps } from './change-stamps';
