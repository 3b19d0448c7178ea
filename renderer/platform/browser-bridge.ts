import type {
  AppInfo,
  ChamberBridge,
  OpenFileRequest,
  OpenWithSystemRequest,
  PickedFile,
  SaveBlobRequest,
  SaveFileRequest,
  SaveFileResult,
  Unsubscribe,
} from '../../electron/shared/bridge';

/**
 * The bridge for a plain browser tab: saving is a download, opening is a file input. Same contract as the
 * Electron preload, so the renderer cannot tell which shell it is in.
 */
export function createBrowserBridge(version: string): ChamberBridge {
  return {
    appInfo: async (): Promise<AppInfo> => ({ shell: 'browser', version, platform: navigator.platform }),
    saveFile: async (request: SaveFileRequest): Promise<SaveFileResult> => {
      download(request.suggestedName, new Blob([request.bytes as BlobPart]));
      return { saved: true, location: `Downloads/${request.suggestedName}` };
    },
    saveBlob: async (request: SaveBlobRequest): Promise<SaveFileResult> => {
      download(request.suggestedName, request.blob);
      return { saved: true, location: `Downloads/${request.suggestedName}` };
    },
    openFiles: (request: OpenFileRequest) => pickFiles(request),
    openWithSystem: async (request: OpenWithSystemRequest): Promise<void> => {
      // A browser cannot start Word; the download lets the browser hand it to the default program.
      download(request.name, new Blob([request.bytes as BlobPart]));
    },
    logError: async (message: string): Promise<void> => {
      console.error(message);
    },
    showInFolder: async (): Promise<void> => {
      // A browser tab cannot open a folder on the clerk's disk; the UI offers this only in the desktop app.
      throw new Error('The browser cannot open folders: look in your Downloads folder for the saved file.');
    },
    // A browser tab has no native menu and no file association: nothing will ever arrive, so there is
    // nothing to stop listening to.
    onMenuCommand: (): Unsubscribe => () => {},
    onOpenChamberFile: (): Unsubscribe => () => {},
  };
}

function download(name: string, file: Blob): void {
  const url = URL.createObjectURL(file);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: the download may not have started when click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function pickFiles(request: OpenFileRequest): Promise<PickedFile[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.multiple = request.multiple ?? false;
    input.accept = request.filters.flatMap((filter) => filter.extensions.map((ext) => `.${ext}`)).join(',');
    input.style.display = 'none';
    input.addEventListener('change', () => {
      const files = [...(input.files ?? [])];
      input.remove();
      void Promise.all(
        files.map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })),
      ).then(resolve);
    });
    input.addEventListener('cancel', () => {
      input.remove();
      resolve([]);
    });
    document.body.append(input);
    input.click();
  });
}
