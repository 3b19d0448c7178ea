import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildActionLog } from '../../renderer/documents/action-log/build-action-log';
import { exemptMinuteIds } from '../../renderer/documents/action-log/action-log-rows';
import { buildAgendaAndMinutes } from '../../renderer/documents/agenda-and-minutes/build-agenda-and-minutes';
import { buildAgendaPack } from '../../renderer/documents/agenda-pack';
import { packDocument } from '../../renderer/documents/common/pack';
import { buildMinutes } from '../../renderer/documents/minutes/build-minutes';
import { markedExempt } from '../unit/documents/publishing/exempt-markers';
import { docxReport } from './agenda-pack/support/reports';
import { renderDocx } from './support/libreoffice';

/**
 * Every part of a Word file, and every part of each file embedded in it (an embedded document is a zip of its
 * own): body, headers, footers, footnotes, comments, properties, relationships, media.
 */
function partsOf(bytes: Uint8Array, prefix = ''): [string, string][] {
  const parts: [string, string][] = [];
  for (const [path, part] of Object.entries(unzipSync(bytes))) {
    parts.push([`${prefix}${path}`, strFromU8(part, true)]);
    if (part[0] === 0x50 && part[1] === 0x4b) parts.push(...partsOf(part, `${prefix}${path}!`));
  }
  return parts;
}

/** The sample meeting marked exempt every way, its papers as real Word files carrying their markers. */
async function markedMeeting() {
  const { data, markers } = markedExempt();
  for (const document of data.record.documents) {
    const bytes = data.documentContents[document.id];
    if (!bytes) continue;
    const label = /^% (.*)$/m.exec(new TextDecoder().decode(bytes.slice(0, 300)))?.[1] ?? document.name;
    document.format = 'docx';
    delete document.pageCount;
    data.documentContents[document.id] = await docxReport(document.name, label, 1);
  }
  return { data, markers };
}

describe('no public document holds anything exempt (issue #22)', async () => {
  const { data, markers } = await markedMeeting();
  const { record } = data;
  const publicDocuments: [string, Uint8Array][] = [
    ['public agenda pack', (await buildAgendaPack(data, { audience: 'public', edition: 'agenda' })).bytes],
    [
      'public supplementary pack',
      (await buildAgendaPack(data, { audience: 'public', edition: 'supplementary' })).bytes,
    ],
    ['public minutes', await packDocument(buildMinutes(record, { part: 'A' }))],
    ['agenda and minutes', await packDocument(buildAgendaAndMinutes(record))],
    [
      'public action log',
      await packDocument(
        buildActionLog(
          {
            organisation: record.organisation,
            committee: record.committee,
            actions: record.actions,
            meetings: [record.meeting],
            people: record.people,
            exemptMinuteIds: exemptMinuteIds(record.agendaItems, record.minutes),
            asAt: record.meeting.date,
          },
          { audience: 'public' },
        ),
      ),
    ],
  ];

  it.each(publicDocuments)(
    'the %s: no marker in any part of the file or its embedded files',
    (_name, bytes) => {
      const found = partsOf(bytes).flatMap(([path, text]) =>
        markers.filter((marker) => text.includes(marker)).map((marker) => `${marker} in ${path}`),
      );
      expect(found).toEqual([]);
    },
  );

  it.each(publicDocuments)('the %s: no marker in the text LibreOffice prints', async (name, bytes) => {
    const printed = await renderDocx(bytes, `leak-${name.replace(/\s+/g, '-')}.docx`);
    expect(markers.filter((marker) => printed.flatText.includes(marker))).toEqual([]);
  });

  it('was given the markers: the private pack carries the exempt papers, and the public pack says what it withheld', async () => {
    const privatePack = await buildAgendaPack(data, { audience: 'private', edition: 'agenda' });
    const privateText = partsOf(privatePack.bytes)
      .map(([, text]) => text)
      .join(' ');
    for (const id of ['exempt-appendix', 'moved-item-paper', 'exempt-sub-item-paper'])
      expect(privateText).toContain(`EXEMPT-MARKER-paper-bytes-${id}`);
    const publicPack = await renderDocx(publicDocuments[0]![1], 'leak-public-pack-check.docx');
    expect(publicPack.flatText).toContain('“exempt-appendix.docx” (item');
    expect(publicPack.flatText).toContain('“moved-item-paper.docx” (item');
  });
});
