// Scratch: npx tsx tests/documents/agenda-pack/support/look.ts OUT.docx [private|supplementary]
import { writeFileSync } from 'node:fs';
import { buildAgendaPack } from '../../../../renderer/documents/agenda-pack';
import { seed004PackData, withFamiliesFirstArrived } from './seed-004-pack';
import { renderPdfInNode } from './pdf-reader';

const mode = process.argv[3] ?? 'public';
const base = await seed004PackData(mode !== 'public');
const data = mode === 'supplementary' ? await withFamiliesFirstArrived(base) : base;
const started = performance.now();
const result = await buildAgendaPack(data, {
  audience: mode === 'private' ? 'private' : 'public',
  edition: mode === 'supplementary' ? 'supplementary' : 'agenda',
  renderPdf: renderPdfInNode,
});
console.log(`built in ${Math.round(performance.now() - started)} ms`, result.warnings);
writeFileSync(process.argv[2] ?? '/tmp/pack.docx', result.bytes);
