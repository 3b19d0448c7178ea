import { afterEach, describe, expect, it } from 'vitest';
import type { ChamberBridge, SaveBlobRequest, SaveFileRequest } from '../../../../../electron/shared/bridge';
import { saveWordFile, wordFileForm } from '../../../../../renderer/ui/features/documents/save-word-file';

/** A shell that keeps what it was asked to save; `blobs` gives it the browser's saveBlob. */
function shell({ blobs }: { blobs: boolean }) {
  const files: SaveFileRequest[] = [];
  const blobsSaved: SaveBlobRequest[] = [];
  const chamber = {
    saveFile: async (request: SaveFileRequest) => {
      files.push(request);
      return { saved: true, location: `/papers/${request.suggestedName}` };
    },
    ...(blobs
      ? {
          saveBlob: async (request: SaveBlobRequest) => {
            blobsSaved.push(request);
            return { saved: true, location: `Downloads/${request.suggestedName}` };
          },
        }
      : {}),
  } as unknown as ChamberBridge;
  (globalThis as { window?: unknown }).window = { chamber };
  return { files, blobsSaved };
}

afterEach(() => {
  delete (globalThis as { window?: unknown }).window;
});

describe('saveWordFile', () => {
  it('hands a Blob made by a worker to a shell that saves Blobs as it is, its bytes never read on the page', async () => {
    const { files, blobsSaved } = shell({ blobs: true });
    const blob = new Blob([new Uint8Array([80, 75, 3, 4])]);
    expect(wordFileForm()).toBe('blob');
    expect(await saveWordFile('Wrenmoor Board agenda pack 2026-03-13.docx', blob)).toBe(
      'Downloads/Wrenmoor Board agenda pack 2026-03-13.docx',
    );
    expect(files).toEqual([]);
    expect(blobsSaved.map((request) => request.blob)).toEqual([blob]);
    expect(blobsSaved[0]?.filters).toEqual([{ name: 'Word document', extensions: ['docx'] }]);
  });

  it('reads a Blob out as bytes for the desktop app, whose save takes bytes', async () => {
    const { files } = shell({ blobs: false });
    expect(wordFileForm()).toBe('bytes');
    const saved = await saveWordFile('Minutes.docx', new Blob([new Uint8Array([80, 75, 3, 4])]));
    expect(saved).toBe('/papers/Minutes.docx');
    expect(files.map((request) => [...request.bytes])).toEqual([[80, 75, 3, 4]]);
  });

  it('saves bytes as bytes', async () => {
    const { files } = shell({ blobs: true });
    await saveWordFile('Minutes.docx', new Uint8Array([1, 2]));
    expect(files.map((request) => [...request.bytes])).toEqual([[1, 2]]);
  });
});
