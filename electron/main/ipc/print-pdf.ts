import { BrowserWindow, session } from 'electron';
import { ipcChannels } from '../../shared/ipc-channels';
import { handle } from './handle';
import { InvalidArgument } from './validate';

/** A printed document is text and a few pictures: a page bigger than this is a mistake. */
export const maxPrintableBytes = 32 * 1024 * 1024;
const printPartition = 'chamber-print';

/**
 * Chromium's own print engine makes the published PDFs (the public pack, the public minutes), tagged, with the
 * title and language from the page's <title> and lang, as the accessibility regulations (SI 2018/952) ask. The
 * page is loaded in a hidden window of its own: no preload, no script, a session of its own that loads nothing
 * but the page itself, so a printed document can neither run anything nor reach the network.
 */
export function registerPrintToPdf(): void {
  let sealed = false;
  handle(ipcChannels.printToPdf, async (raw): Promise<Uint8Array> => {
    const html = checkPrintable(raw);
    const printing = session.fromPartition(printPartition);
    if (!sealed) {
      printing.webRequest.onBeforeRequest((details, callback) =>
        callback({ cancel: !details.url.startsWith('data:') }),
      );
      sealed = true;
    }
    const window = new BrowserWindow({
      show: false,
      webPreferences: {
        session: printing,
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        javascript: false,
        webSecurity: true,
        images: true,
        spellcheck: false,
        // As the main window: a middle click on a link in a published page must never open anything.
        disableBlinkFeatures: 'Auxclick',
      },
    });
    try {
      await window.loadURL(`data:text/html;charset=utf-8;base64,${Buffer.from(html).toString('base64')}`);
      const pdf = await window.webContents.printToPDF({
        generateTaggedPDF: true,
        generateDocumentOutline: true,
        preferCSSPageSize: true,
        printBackground: true,
      });
      return new Uint8Array(pdf);
    } finally {
      window.destroy();
    }
  });
}

/** A whole HTML document with a title and a language: a PDF without them fails the regulations. */
export function checkPrintable(value: unknown): string {
  if (typeof value !== 'string' || !value.trimStart().toLowerCase().startsWith('<!doctype html>'))
    throw new InvalidArgument('A document to print must be a whole HTML page.');
  if (value.length > maxPrintableBytes)
    throw new InvalidArgument(`The document to print is longer than ${maxPrintableBytes} characters.`);
  if (!/<html\s[^>]*lang="[a-z]{2}(-[A-Z]{2})?"/i.test(value) || !/<title>[^<]+<\/title>/.test(value))
    throw new InvalidArgument('A document to print needs its language (lang) and a title.');
  return value;
}
