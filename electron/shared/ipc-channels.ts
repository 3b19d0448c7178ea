/**
 * The names of the IPC channels between main and preload. Only electron/ imports this: the renderer meets the
 * shell through window.chamber alone.
 */
export const ipcChannels = {
  appInfo: 'chamber:app-info',
  saveFile: 'chamber:save-file',
  openFiles: 'chamber:open-files',
  openWithSystem: 'chamber:open-with-system',
  logError: 'chamber:log-error',
  showInFolder: 'chamber:show-in-folder',
  chooseFolder: 'chamber:choose-folder',
  defaultBackupsFolder: 'chamber:default-backups-folder',
  listFolder: 'chamber:list-folder',
  readFolderFile: 'chamber:read-folder-file',
  writeFolderFile: 'chamber:write-folder-file',
  removeFolderFile: 'chamber:remove-folder-file',
  readFolderFileChunk: 'chamber:read-folder-file-chunk',
  writeFolderFileChunk: 'chamber:write-folder-file-chunk',
  abandonFolderFileWrite: 'chamber:abandon-folder-file-write',
  chooseSaveFile: 'chamber:choose-save-file',
  pickChamberFile: 'chamber:pick-chamber-file',
  listPublishingFolder: 'chamber:list-publishing-folder',
  readPublishedFile: 'chamber:read-published-file',
  writePublishedFile: 'chamber:write-published-file',
  removePublishedFile: 'chamber:remove-published-file',
  printToPdf: 'chamber:print-to-pdf',
  /** main -> renderer */
  menuCommand: 'chamber:menu-command',
  /** main -> renderer */
  openChamberFile: 'chamber:open-chamber-file',
} as const;
