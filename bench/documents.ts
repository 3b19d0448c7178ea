// `npx tsx bench/documents.ts`: time to build a 40-item agenda pack with 25 merged reports of about 20 pages each
// (target under 3 s), beside the time fflate takes just to zip the same parts (the floor any builder pays).
import { unzipSync, zipSync } from 'fflate';
import { buildAgendaPack } from '../renderer/documents/agenda-pack';
import type { AgendaPackData } from '../renderer/documents/agenda-pack';
import { agendaItem, attachedDocument, seed004Record } from '../tests/documents/agenda-pack/support/seed-004';
import { docxReport, previousMinutes } from '../tests/documents/agenda-pack/support/reports';

const itemCount = 40;
const reportCount = 25;
const pagesPerReport = 20;

async function benchData(): Promise<AgendaPackData> {
  const record = seed004Record();
  record.agendaItems = Array.from({ length: itemCount }, (_, index) =>
    agendaItem(
      {
        number: String(index + 1),
        title: `Item ${index + 1} of the agenda`,
        part: 'A',
        description: 'Report of the Director.',
      },
      index,
    ),
  );
  const documentContents: AgendaPackData['documentContents'] = {};
  for (let index = 0; index < reportCount; index += 1) {
    const number = String(index + 3);
    const document = attachedDocument(number, `Report ${number}`, 'docx', 0);
    record.documents.push(document);
    documentContents[document.id] = await docxReport(`Report ${number}`, `REPORT-${number}`, pagesPerReport);
  }
  return { record, documentContents, previousMinutes: await previousMinutes(6) };
}

const data = await benchData();
const runs: number[] = [];
let bytes: Uint8Array = new Uint8Array();
for (let run = 0; run < 3; run += 1) {
  const started = performance.now();
  bytes = (await buildAgendaPack(data, { audience: 'public', edition: 'agenda' })).bytes;
  runs.push(performance.now() - started);
}
const parts = unzipSync(bytes);
const zipRuns: number[] = [];
for (let run = 0; run < 3; run += 1) {
  const started = performance.now();
  zipSync(parts, { level: 6 });
  zipRuns.push(performance.now() - started);
}
const best = (times: number[]): string => `${Math.round(Math.min(...times))} ms`;
const xmlBytes = Object.entries(parts)
  .filter(([path]) => path.endsWith('.xml'))
  .reduce((sum, [, part]) => sum + part.length, 0);
console.log(`agenda pack: ${itemCount} items, ${reportCount} merged reports of ~${pagesPerReport} pages`);
console.log(
  `  build (best of 3):          ${best(runs)}   target < 3000 ms ${Math.min(...runs) < 3000 ? 'MET' : 'MISSED'}`,
);
console.log(
  `  zip same parts with fflate: ${best(zipRuns)}   (${(xmlBytes / 1e6).toFixed(1)} MB of XML, ${(bytes.length / 1e6).toFixed(1)} MB .docx)`,
);
console.log(`  parts in the pack: ${Object.keys(parts).length}`);
