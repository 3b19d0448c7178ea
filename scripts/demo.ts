/**
 * `npm run demo`: builds a sample agenda and sample minutes into ./out from Chamber's built-in fictional sample
 * meeting, in plain Node (no Electron, no browser). Also writes the agenda-and-minutes, action log and a report cover.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Document } from 'docx';
import { buildActionLog, actionLogInputFromRecord } from '../renderer/documents/action-log/build-action-log';
import { buildAgendaAndMinutes } from '../renderer/documents/agenda-and-minutes/build-agenda-and-minutes';
import { packDocument } from '../renderer/documents/common/pack';
import { buildMinutes } from '../renderer/documents/minutes/build-minutes';
import { buildReportCover } from '../renderer/documents/report-cover/build-report-cover';
import { sampleMeetingRecord } from '../renderer/documents/sample/sample-meeting';

async function main(): Promise<void> {
  const outDir = resolve(process.argv[2] ?? 'out');
  await mkdir(outDir, { recursive: true });
  const record = sampleMeetingRecord();
  const documents: [string, Document][] = [
    ['sample-minutes.docx', buildMinutes(record)],
    ['sample-agenda.docx', buildAgendaAndMinutes(record, { agendaOnly: true })],
    ['sample-minutes-action-column.docx', buildMinutes(record, { actionColumn: true })],
    ['sample-confidential-minutes.docx', buildMinutes(record, { part: 'B' })],
    ['sample-agenda-and-minutes.docx', buildAgendaAndMinutes(record)],
    ['sample-action-log.docx', buildActionLog(actionLogInputFromRecord(record))],
    ['sample-report-cover.docx', buildReportCover(record, 'i-safety')],
  ];
  for (const [name, document] of documents) {
    const path = join(outDir, name);
    await writeFile(path, await packDocument(document));
    console.log(`wrote ${path}`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
