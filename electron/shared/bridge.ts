/**
 * The one contract between the renderer and the desktop shell: the type of `window.chamber`.
 * Electron's preload implements it over IPC; renderer/platform implements it for a plain browser tab.
 * Types only: this is the single file both sides import.
 */

/** A file the clerk picked, read whole into memory (reports and exports are tens of megabytes at most). */
export type PickedFile = {
  name: string;
  bytes: Uint8Array;
};

export type FileFilter = {
  name: string;
  extensions: string[];
};

export type SaveFileRequest = {
  /** File name offered in the save dialog, e.g. "Minutes 13 March 2013.docx". */
  suggestedName: string;
  bytes: Uint8Array;
  filters: FileFilter[];
};

/** A file already made as a Blob (by a worker), to be saved as it is. */
export type SaveBlobRequest = { suggestedName: string; blob: Blob; filters: FileFilter[] };

export type SaveFileResult = { saved: true; location: string } | { saved: false };

export type OpenFileRequest = {
  filters: FileFilter[];
  multiple?: boolean;
};

export type OpenWithSystemRequest = {
  name: string;
  bytes: Uint8Array;
};

/** Commands the native menu sends to the renderer; a browser tab has no native menu and never sends them. */
export type MenuCommand = 'new-meeting' | 'import' | 'export' | 'print-pack' | 'keyboard-shortcuts';

/** Stop listening; returned by every `on...` subscription. */
export type Unsubscribe = () => void;

export type AppInfo = {
  shell: 'electron' | 'browser';
  version: string;
  platform: string;
};

/**
 * Which of the clerk's folders: the shared sync folder, the local backups folder, or the folder the council's
 * pages are published into (its own methods below: it holds web pages, not .chamber files).
 */
export type FolderKind = 'sync' | 'backups' | 'publishing';

/** A folder on the clerk's disk or network: its full path, and the last part of it to show. */
export type ChosenFolder = { location: string; name: string };

/** A file in a chosen folder, with its size in bytes. */
export type FolderEntry = { name: string; size: number };

/** One file in a chosen folder: only `.chamber` files are read, written or removed. */
export type FolderFileRequest = { location: string; name: string };

export type FolderWriteRequest = { location: string; name: string; bytes: Uint8Array };

/** A piece of a big file: from `offset`, up to `length` bytes (main caps a piece at 64 MB). */
export type FolderChunkRequest = FolderFileRequest & { offset: number; length?: number };

/** A piece read, with the whole file's size so the page can gather the pieces into one buffer. */
export type FolderChunk = { size: number; bytes: Uint8Array };

/** A piece to write at `offset`; `done` on the last, which flushes and renames the file into place. */
export type FolderChunkWrite = FolderFileRequest & { offset: number; bytes: Uint8Array; done: boolean };

/**
 * A .chamber file the clerk chose in a dialog or double-clicked: its folder and name, read or written in pieces
 * through readFolderFileChunk / writeFolderFileChunk (main allows that one file, not its folder).
 */
export type ChamberFileRef = { location: string; name: string };

/** The request for a save dialog whose file the page then writes in pieces. */
export type ChooseSaveFileRequest = { suggestedName: string; filters: FileFilter[] };

/** A double-clicked .chamber file: read whole when small, or named for reading in pieces when large. */
export type OpenedChamberFile = PickedFile | ChamberFileRef;

/**
 * A file of the publishing folder: a bare name (the folder is flat) of a kind a website serves (.html, .css, .pdf,
 * .docx, .ics, .atom, .json, pictures).
 */
export type PublishedFileRequest = { location: string; name: string };

export type PublishedFileWrite = PublishedFileRequest & { bytes: Uint8Array };

/**
 * Where Chamber records, in the publishing folder, each file it wrote there and its SHA-256: main reads it to
 * allow the page to replace or remove only those files. Both sides spell the name through this type.
 */
export type PublishedManifestName = 'chamber-published.json';

export type ChamberBridge = {
  appInfo(): Promise<AppInfo>;
  /** Ask where to save, then write atomically (temp file, then rename). */
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  /**
   * Browser only: save a file a worker made as a Blob, its bytes never copied on the page's thread (an 11 MB
   * agenda pack copied into a Blob there held the page for 15 ms, 60 on a loaded laptop). The desktop app has
   * none: its saves cross IPC as bytes (saveFile), which a Blob does not.
   */
  saveBlob?(request: SaveBlobRequest): Promise<SaveFileResult>;
  /** Ask the clerk for one or more files; an empty list means they cancelled. */
  openFiles(request: OpenFileRequest): Promise<PickedFile[]>;
  /** Open a document in the system's default program (Word for .docx). */
  openWithSystem(request: OpenWithSystemRequest): Promise<void>;
  /** Append a line to the local error log that a clerk can send to IT. */
  logError(message: string): Promise<void>;
  /**
   * Show a file this session saved in the system's file manager (Explorer, Finder). Desktop only: offer it when
   * appInfo().shell is 'electron' (the browser bridge rejects, as a tab cannot open folders).
   */
  showInFolder(location: string): Promise<void>;
  /** A native menu item was chosen (File > New meeting, Help > Keyboard shortcuts...). */
  onMenuCommand(listener: (command: MenuCommand) => void): Unsubscribe;
  /** A .chamber file was opened from the desktop (double-click, "Open with", a second launch): show its preview. */
  onOpenChamberFile(listener: (file: OpenedChamberFile) => void): Unsubscribe;
  /*
   * Folders, desktop only (a browser tab has none of these and picks folders through the browser's own picker).
   * Main uses only folders the clerk chose in its dialog, plus the backups folder beside the data, and only
   * `.chamber` files in them: the page cannot read or delete anything else on the disk.
   */
  /** Ask the clerk for a folder; undefined when they cancel. */
  chooseFolder?(kind: FolderKind): Promise<ChosenFolder | undefined>;
  /** The Backups folder beside Chamber's data, made if missing. */
  defaultBackupsFolder?(): Promise<ChosenFolder>;
  listFolder?(location: string): Promise<FolderEntry[]>;
  readFolderFile?(request: FolderFileRequest): Promise<Uint8Array>;
  /** Written atomically: a temp file beside it (named with a leading dot), then a rename. */
  writeFolderFile?(request: FolderWriteRequest): Promise<void>;
  removeFolderFile?(request: FolderFileRequest): Promise<void>;
  /** Big files (a full archive is over 256 MB, more than one IPC message carries) cross in pieces. */
  readFolderFileChunk?(request: FolderChunkRequest): Promise<FolderChunk>;
  writeFolderFileChunk?(request: FolderChunkWrite): Promise<void>;
  /**
   * Give up a file being written in pieces (the export making it failed): what was written so far is removed,
   * and the file itself is left as it was. A file the clerk chose in the save dialog may not then be written.
   */
  abandonFolderFileWrite?(request: FolderFileRequest): Promise<void>;
  /**
   * Desktop only, for .chamber files up to 4 GB (saveFile and openFiles carry one message, at most 256 MB):
   * ask where to save, or which file to open; undefined when the clerk cancels. The file is then written or
   * read with the chunk methods above.
   */
  chooseSaveFile?(request: ChooseSaveFileRequest): Promise<ChamberFileRef | undefined>;
  pickChamberFile?(request: OpenFileRequest): Promise<ChamberFileRef | undefined>;
  /*
   * The publishing folder, desktop only (chooseFolder('publishing') gives it). Main writes only inside a folder the
   * clerk chose for publishing, only files a website serves, each atomically; it replaces or removes only a file
   * the folder's chamber-published.json says Chamber wrote, and removes it only while unchanged since.
   */
  /** The file names in the folder (hidden temp files and subfolders left out). */
  listPublishingFolder?(location: string): Promise<string[]>;
  readPublishedFile?(request: PublishedFileRequest): Promise<Uint8Array>;
  writePublishedFile?(request: PublishedFileWrite): Promise<void>;
  removePublishedFile?(request: PublishedFileRequest): Promise<void>;
  /**
   * Desktop only: a whole HTML page (with its lang and <title>) printed to a tagged PDF by Chromium's own print
   * engine, in a hidden window that runs no script and loads nothing else. A browser tab cannot print silently.
   */
  printToPdf?(html: string): Promise<Uint8Array>;
};

declare global {
  // Declaration merging needs an interface here.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface Window {
    chamber?: ChamberBridge;
  }
}
