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
  /** main -> renderer */
  menuCommand: 'chamber:menu-command',
  /** main -> renderer */
  openChamberFile: 'chamber:open-chamber-file',
} as const;
