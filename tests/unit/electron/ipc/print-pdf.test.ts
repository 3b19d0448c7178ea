import { beforeEach, describe, expect, it, vi } from 'vitest';
import { registerPrintToPdf } from '../../../../electron/main/ipc/print-pdf';
import { ipcChannels } from '../../../../electron/shared/ipc-channels';
import {
  FakeBrowserWindow,
  FakeWebContents,
  fakeElectron,
  fakePrintSession,
  invoke,
  resetFakeElectron,
} from '../support/fake-electron';

vi.mock('electron', async () => (await import('../support/fake-electron')).fakeElectron);

const page = 'chamber://app/index.html#/publishing';
const minutes =
  '<!DOCTYPE html>\n<html lang="en-GB"><head><title>Minutes - Licensing Committee</title></head><body><h1>Minutes</h1></body></html>';

beforeEach(() => {
  resetFakeElectron();
  registerPrintToPdf();
});

describe('printing a published document to PDF', () => {
  it('prints tagged, in a hidden window that runs no script, and closes the window', async () => {
    const pdf = await invoke(ipcChannels.printToPdf, page, minutes);
    expect(new TextDecoder().decode(pdf as Uint8Array)).toBe('%PDF-1.7 printed');
    const [window] = FakeBrowserWindow.created;
    const options = window?.options as { show: boolean; webPreferences: Record<string, unknown> };
    expect(options.show).toBe(false);
    expect(options.webPreferences).toMatchObject({
      javascript: false,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      session: fakePrintSession,
    });
    expect(options.webPreferences.preload).toBeUndefined();
    expect(fakeElectron.session.fromPartition).toHaveBeenCalledWith('chamber-print');
    const loaded = window?.loadURL.mock.calls[0]?.[0] ?? '';
    expect(
      Buffer.from(loaded.replace(/^data:text\/html;charset=utf-8;base64,/, ''), 'base64').toString(),
    ).toBe(minutes);
    expect(window?.webContents.printToPDF).toHaveBeenCalledWith(
      expect.objectContaining({ generateTaggedPDF: true, preferCSSPageSize: true }),
    );
    expect(window?.destroy).toHaveBeenCalled();
  });

  it('lets the printed page load nothing from outside it', async () => {
    await invoke(ipcChannels.printToPdf, page, minutes);
    const filter = fakePrintSession.webRequest.onBeforeRequest.mock.calls[0]?.[0] as (
      details: { url: string },
      callback: (response: { cancel: boolean }) => void,
    ) => void;
    const answer = (url: string) => {
      let cancel: boolean | undefined;
      filter({ url }, (response) => (cancel = response.cancel));
      return cancel;
    };
    expect(answer('data:text/html;base64,AAAA')).toBe(false);
    expect(answer('https://example.org/tracker.png')).toBe(true);
    expect(answer('file:///etc/passwd')).toBe(true);
    expect(answer('chamber://app/index.html')).toBe(true);
  });

  it('refuses a page without a title or language, or anything that is not a page, before printing', async () => {
    for (const bad of [
      minutes.replace(' lang="en-GB"', ''),
      minutes.replace('<title>Minutes - Licensing Committee</title>', ''),
      '<p>not a page</p>',
      42,
    ]) {
      await expect(invoke(ipcChannels.printToPdf, page, bad)).rejects.toThrow(/whole HTML page|language/);
    }
    expect(FakeBrowserWindow.created).toHaveLength(0);
  });

  it('closes the window when printing fails', async () => {
    FakeWebContents.printFailure = new Error('printer jammed');
    await expect(invoke(ipcChannels.printToPdf, page, minutes)).rejects.toThrow('printer jammed');
    expect(FakeBrowserWindow.created[0]?.destroy).toHaveBeenCalled();
  });
});
