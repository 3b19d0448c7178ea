/**
 * A folder picked through the browser's directory picker, held in memory: the parts of
 * FileSystemDirectoryHandle Chamber uses, with the permission the browser would report for it.
 */
export class FakeDirectory {
  permission: PermissionState = 'granted';
  /** What the browser answers when the clerk is asked to allow the folder again. */
  grant: PermissionState = 'granted';

  constructor(
    readonly name: string,
    readonly files = new Map<string, Uint8Array>(),
  ) {}

  async *keys(): AsyncIterable<string> {
    for (const name of [...this.files.keys()]) yield name;
  }

  async getFileHandle(name: string, options?: { create?: boolean }) {
    if (!this.files.has(name) && !options?.create)
      throw new DOMException(`${name} not found`, 'NotFoundError');
    const files = this.files;
    return {
      kind: 'file' as const,
      getFile: async () => new Blob([files.get(name) as BlobPart]),
      createWritable: async () => {
        let written: Uint8Array = new Uint8Array();
        return {
          // Like Chromium, each write goes on where the last one ended.
          write: async (data: Uint8Array) => {
            const joined = new Uint8Array(written.length + data.length);
            joined.set(written);
            joined.set(data, written.length);
            written = joined;
          },
          // Like Chromium, the file appears under its name only when the write is closed.
          close: async () => void files.set(name, written),
        };
      },
    };
  }

  async removeEntry(name: string): Promise<void> {
    this.files.delete(name);
  }

  async queryPermission(): Promise<PermissionState> {
    return this.permission;
  }

  async requestPermission(): Promise<PermissionState> {
    this.permission = this.grant;
    return this.grant;
  }
}

/** The browser's folder picker: hands over the given folders in turn, as if the clerk picked them. */
export function pickDirectories(...folders: FakeDirectory[]): void {
  (window as { showDirectoryPicker?: unknown }).showDirectoryPicker = async () => {
    const next = folders.shift();
    if (!next) throw new DOMException('The user aborted a request.', 'AbortError');
    return next;
  };
}
