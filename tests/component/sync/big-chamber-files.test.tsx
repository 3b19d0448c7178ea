// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { act, cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FolderChunkRequest, FolderChunkWrite } from '../../../electron/shared/bridge';
import { offerOpenedFile } from '../../../renderer/ui/features/sync/opened-file';
import { saveExport } from '../../../renderer/ui/features/sync/save-export';
import { databaseHash, forgetLaptops } from '../../unit/sync/support/laptops';
import { fakeBridge, minutedOnTwoLaptops, showSync } from './support';

beforeEach(forgetLaptops);
afterEach(cleanup);

const picked = { location: '/home/clerk/Downloads', name: 'Archive 2014-2026.chamber' };

/**
 * The desktop bridge for .chamber files the clerk chose: main names the file, and hands it over in pieces (small
 * ones here, so even a test-sized file takes several, as a 300 MB archive does with 32 MB pieces).
 */
function desktopWithFile(bytes: Uint8Array, options: { growsAt?: number } = {}) {
  const bridge = fakeBridge({ desktop: true });
  const reads: FolderChunkRequest[] = [];
  const written: FolderChunkWrite[] = [];
  const piece = Math.ceil(bytes.length / 5);
  Object.assign(window.chamber!, {
    pickChamberFile: async () => picked,
    chooseSaveFile: async (request: { suggestedName: string }) => ({
      ...picked,
      name: request.suggestedName,
    }),
    readFolderFileChunk: async (request: FolderChunkRequest) => {
      reads.push(request);
      const size =
        options.growsAt !== undefined && request.offset >= options.growsAt ? bytes.length + 9 : bytes.length;
      return {
        size,
        bytes: bytes.slice(request.offset, request.offset + Math.min(piece, request.length ?? piece)),
      };
    },
    writeFolderFileChunk: async (request: FolderChunkWrite) => void written.push(request),
  });
  return { reads, written, wholeSaves: bridge.saved };
}

describe('a .chamber file too big for one message', () => {
  it('chosen on the Sync screen is read in pieces and previewed', async () => {
    const { fromChamber } = await minutedOnTwoLaptops();
    const { reads } = desktopWithFile(fromChamber);
    const before = await databaseHash();
    showSync();
    await userEvent.click(await screen.findByRole('button', { name: 'Choose a .chamber file...' }));
    const preview = await screen.findByRole('region', { name: 'Import preview' });
    expect(preview.textContent).toContain('From chamber');
    expect(reads.length).toBeGreaterThan(1);
    expect(reads.every((read) => read.location === picked.location && read.name === picked.name)).toBe(true);
    expect(await databaseHash()).toBe(before);
  });

  it('double-clicked on the desktop is read in pieces and previewed', async () => {
    const { fromChamber } = await minutedOnTwoLaptops();
    desktopWithFile(fromChamber);
    showSync();
    act(() => offerOpenedFile(picked));
    const preview = await screen.findByRole('region', { name: 'Import preview' });
    expect(preview.textContent).toContain('From chamber');
  });

  it('that changes while it is read is refused with a message saying what to do, and nothing changes', async () => {
    const { fromChamber } = await minutedOnTwoLaptops();
    desktopWithFile(fromChamber, { growsAt: 1 });
    const before = await databaseHash();
    showSync();
    await userEvent.click(await screen.findByRole('button', { name: 'Choose a .chamber file...' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The chosen file was not imported');
    expect(alert.textContent).toContain(
      '"Archive 2014-2026.chamber" changed while Chamber was reading it. Try again once it has been copied.',
    );
    expect(await databaseHash()).toBe(before);
  });

  it('exported is written where the clerk chose, in pieces, the last one finishing the file', async () => {
    await minutedOnTwoLaptops();
    const { written, wholeSaves } = desktopWithFile(new Uint8Array());
    const saved = await saveExport({ scope: { kind: 'everything' } }, 'Everything', 'none');
    expect(saved?.recordTotal).toBeGreaterThan(5);
    expect(written.map((piece) => [piece.location, piece.name])).toEqual([
      [picked.location, saved?.fileName],
    ]);
    expect(written.at(-1)?.done).toBe(true);
    expect(written[0]?.bytes.length).toBeGreaterThan(0);
    expect(wholeSaves).toEqual([]);
  });

  it('says the export is being written while it goes to the chosen file, then that it is saved', async () => {
    await minutedOnTwoLaptops();
    const { written } = desktopWithFile(new Uint8Array());
    let release: () => void = () => undefined;
    const disk = new Promise<void>((resolve) => (release = resolve));
    const desktop = window.chamber!;
    const write = desktop.writeFolderFileChunk!.bind(desktop);
    desktop.writeFolderFileChunk = async (piece) => {
      await disk;
      return write(piece);
    };
    showSync();
    await userEvent.click(await screen.findByRole('radio', { name: 'Everything' }));
    const exportButton = screen.getByRole('button', { name: 'Export' });
    // The button waits for the count of what will be exported.
    await waitFor(() => expect(exportButton).toHaveProperty('disabled', false));
    await userEvent.click(exportButton);
    expect(
      await screen.findByText('Writing the export: keep Chamber open until it says Saved.'),
    ).toBeTruthy();
    expect(written).toEqual([]);
    release();
    expect(await screen.findByText(/^Saved /)).toBeTruthy();
    expect(written.at(-1)?.done).toBe(true);
    expect(screen.queryByText(/Writing the export/)).toBeNull();
  });
});
