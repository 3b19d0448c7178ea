import { chromiumPrinter } from '../chromium-print';
import type { Chamber } from './browser';

/**
 * Chamber as the desktop app runs it, as far as publishing can tell: a shell whose printToPdf is Chromium's own
 * print engine (page.pdf() in a second, offline Chromium with no script, standing for Electron's printToPDF), so
 * "Publish agenda" and "Publish minutes" write the public pack and public minutes as PDF beside the Word files.
 * Everything else the shell does is the browser tab's (a download to save, a file input to pick), as
 * renderer/platform/browser-bridge.ts does it. Call before withPickableFolder, which reloads the page.
 *
 * @example const closePrinter = await withDesktopPrinter(chamber)
 */
export async function withDesktopPrinter(chamber: Chamber): Promise<() => Promise<void>> {
  const printer = await chromiumPrinter();
  await chamber.context.exposeFunction('chamberTestPrintToPdf', async (html: string) =>
    Buffer.from(await printer.print(html)).toString('base64'),
  );
  await chamber.context.addInitScript(() => {
    const print = (window as unknown as { chamberTestPrintToPdf: (html: string) => Promise<string> })
      .chamberTestPrintToPdf;
    const download = (name: string, bytes: Uint8Array) => {
      const link = document.createElement('a');
      link.href = URL.createObjectURL(new Blob([bytes as BlobPart]));
      link.download = name;
      document.body.append(link);
      link.click();
      link.remove();
    };
    const pick = (request: { multiple?: boolean; filters: { extensions: string[] }[] }) =>
      new Promise((resolve) => {
        const input = document.createElement('input');
        input.type = 'file';
        input.multiple = request.multiple ?? false;
        input.accept = request.filters.flatMap((f) => f.extensions.map((ext) => `.${ext}`)).join(',');
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
    window.chamber = {
      appInfo: async () => ({ shell: 'browser', version: 'test', platform: navigator.platform }),
      saveFile: async (request) => {
        download(request.suggestedName, request.bytes);
        return { saved: true, location: `Downloads/${request.suggestedName}` };
      },
      openFiles: (request) => pick(request) as Promise<{ name: string; bytes: Uint8Array }[]>,
      openWithSystem: async (request) => download(request.name, request.bytes),
      logError: async (message) => console.error(message),
      showInFolder: async () => {
        throw new Error('The browser cannot open folders: look in your Downloads folder for the saved file.');
      },
      onMenuCommand: () => () => {},
      onOpenChamberFile: () => () => {},
      printToPdf: async (html) => Uint8Array.from(atob(await print(html)), (char) => char.charCodeAt(0)),
    };
  });
  return () => printer.close();
}
