import type { PublicationReport } from '../../../documents/publishing/publish-to-folder';
import { countOf } from '../../../domain/english';

/** What a publication did, in the clerk's words: what was written, what was already there, what was left alone. */
export function publicationWords(where: string, report: PublicationReport): string[] {
  const lines = [
    report.written.length === 0
      ? `Nothing had changed: the folder “${where}” already holds what is published.`
      : `Published to “${where}”: ${countOf(report.written.length, 'file')} written, ${report.unchanged} unchanged.`,
  ];
  if (report.removed.length > 0) {
    lines.push(`Removed, as no longer published: ${report.removed.join(', ')}.`);
  }
  if (report.notOurs.length > 0) {
    lines.push(
      `Not written, because the folder already has a file of that name that Chamber did not write: ${report.notOurs.join(', ')}. Move it out of the folder, or choose another folder, and publish again.`,
    );
  }
  return lines;
}
