/**
 * Sync by exported files: the API the screens use. Pure rules live in merge/ and format/; this folder's
 * other modules are the thin orchestration over the database.
 */
export {
  exportFile,
  exportFileTo,
  planExport,
  recordExchange,
  type Encryption,
  type ExportPlan,
  type ExportRequest,
  type ExportedFile,
  type ExportSummary,
} from './export';
export {
  applyImport,
  importFile,
  previewImport,
  type ImportPreview,
  type ImportResult,
  type PreviewLine,
} from './import';
export { listOpenConflicts, resolveConflict, type ConflictChoice } from './conflicts';
export { signedConflictOf, type SignedConflict } from './signed-conflicts';
export { chosenDeviceName, deviceName, setDeviceName } from './knowledge-store';
export { syncNow, type SyncNowOptions, type SyncNowReport } from './folder/sync-folder';
export { backupNow, isBackupDue, listBackups, previewRestore } from './folder/backups';
export { memoryFolder, type SyncFolder } from './folder/folder';
export { SyncError, isSyncError, syncErrorMessages, type SyncErrorCode } from './format/errors';
export type { ExportScope } from './format/manifest';
export { joinParts, type FileParts, type FileSink } from './format/file-parts';
export { readTable } from './format/table-read';
export { exportOffThread, type ExportThread } from './export-off-thread';
