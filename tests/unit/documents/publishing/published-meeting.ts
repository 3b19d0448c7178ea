import type { AgendaPackData } from '../../../../renderer/documents/agenda-pack';
import type { PublishingFolder } from '../../../../renderer/documents/publishing/publish-to-folder';
import { sampleMeetingRecord } from '../../../../renderer/documents/sample/sample-meeting';

/** Bytes that read as a PDF, carrying a label so a test can find whose bytes a published file holds. */
export function pdfBytes(label: string, size = 2048): Uint8Array {
  const text = `%PDF-1.4\n% ${label}\n`;
  const bytes = new Uint8Array(Math.max(size, text.length + 6));
  bytes.set(new TextEncoder().encode(text));
  bytes.set(new TextEncoder().encode('%%EOF\n'), bytes.length - 6);
  return bytes;
}

/** The sample meeting with every paper's bytes, Part B's too: the builders must leave those out themselves. */
export function sampleMeetingData(): AgendaPackData {
  const record = sampleMeetingRecord();
  const documentContents: AgendaPackData['documentContents'] = {};
  for (const document of record.documents) {
    documentContents[document.id] = pdfBytes(document.name, document.id === 'd-safety' ? 107_520 : 2048);
  }
  return { record, documentContents };
}

export function textOf(bytes: Uint8Array): string {
  return new TextDecoder().decode(bytes);
}

/** A folder in memory, as the clerk's chosen folder would hold the files. */
export function memoryFolder(): PublishingFolder & { files: Map<string, Uint8Array> } {
  const files = new Map<string, Uint8Array>();
  return {
    files,
    list: () => Promise.resolve([...files.keys()]),
    read: (name) => Promise.resolve(files.get(name) ?? new Uint8Array()),
    write: (name, file) => Promise.resolve(void files.set(name, file.parts[0] ?? new Uint8Array())),
    remove: (name) => Promise.resolve(void files.delete(name)),
  };
}
