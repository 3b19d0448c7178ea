import { strFromU8, unzipSync } from 'fflate';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/db/database';
import { loadPackData } from '../../../renderer/db/read/pack-data';
import { loadSiteToPublish } from '../../../renderer/db/read/publishing';
import { setPaperStatus, updateDocument } from '../../../renderer/db/repositories/documents';
import { buildAgendaPack } from '../../../renderer/documents/agenda-pack';
import { meetingDocuments } from '../../../renderer/documents/publishing/meeting-documents';
import { publishToFolder } from '../../../renderer/documents/publishing/publish-to-folder';
import { exportFile } from '../../../renderer/sync/export';
import { joinParts } from '../../../renderer/sync/format/file-parts';
import { importFile } from '../../../renderer/sync/import';
import { memoryFolder } from '../documents/publishing/published-meeting';
import { forgetLaptops, useLaptop } from './support/laptops';
import { attachPaper, paperBytes, seedMeeting } from './support/meeting';

beforeEach(forgetLaptops);

const everything = { scope: { kind: 'everything' as const } };
const pricesMarker = 'EXEMPT-MARKER tender prices of the patrol contract';

/** Every part of every zip in a file (a .docx and what is embedded in it), or the file's own text. */
function textsOf(bytes: Uint8Array): string[] {
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) return [new TextDecoder().decode(bytes)];
  return Object.values(unzipSync(bytes)).flatMap((part) =>
    part[0] === 0x50 && part[1] === 0x4b ? textsOf(part) : [strFromU8(part)],
  );
}

/** Publish a meeting's agenda on this laptop, with its public pack as Word, as "Publish agenda" does. */
async function publishAgenda(folder: ReturnType<typeof memoryFolder>, meetingId: string) {
  await publishToFolder(
    folder,
    { [meetingId]: 'agenda' },
    async (editions) => {
      const site = await loadSiteToPublish(editions);
      for (const meeting of site.meetings)
        meeting.documents = await meetingDocuments(meeting.data, meeting.edition, {
          publicPackDocx: async (data) =>
            (await buildAgendaPack(data, { audience: 'public', edition: 'agenda' })).bytes,
        });
      return site;
    },
    new Date('2013-03-06T10:00:00Z'),
  );
}

/**
 * The office and the chamber laptop both hold the work programme item with its report and a prices appendix,
 * public. The office marks the appendix exempt (paragraph 3); the chamber, not yet told, has published the agenda
 * with the appendix (public then) and, in one case, renamed it.
 */
async function markedExemptOnTheOtherLaptop(chamberMeanwhile: (appendixId: string) => Promise<void>) {
  await useLaptop('office');
  const { meeting, item } = await seedMeeting();
  await attachPaper(
    {
      id: 'appendix-prices',
      agendaItemId: item.id,
      meetingId: meeting.id,
      name: 'Appendix B - Prices.docx',
      role: 'appendix',
      order: 2,
    },
    paperBytes(pricesMarker),
  );
  const start = joinParts(await exportFile(everything));
  await useLaptop('chamber');
  await importFile(start);
  const folder = memoryFolder();
  await publishAgenda(folder, meeting.id);
  // Public then, so published: its file is in the folder, and its words in it.
  expect([...folder.files.keys()].filter((file) => /prices/i.test(file))).toHaveLength(1);
  expect(
    [...folder.files.values()].some((bytes) => textsOf(bytes).some((text) => text.includes(pricesMarker))),
  ).toBe(true);
  await chamberMeanwhile('appendix-prices');

  await useLaptop('office');
  await setPaperStatus('appendix-prices', {
    exempt: true,
    exemptParagraph: 3,
    publicInterestReason: 'Disclosure would prejudice the re-tender of the contract.',
  });
  // A file holding an exempt paper is encrypted: the passphrase goes to the chamber separately.
  const passphrase = 'correct horse battery staple';
  const marked = joinParts(await exportFile(everything, { passphrase }));
  await useLaptop('chamber');
  await importFile(marked, { passphrase });
  return { meeting, folder };
}

describe('a paper marked exempt on one laptop reaches the other', () => {
  it.each([
    ['still holds it as public', () => Promise.resolve()],
    [
      'renamed it meanwhile',
      (id: string) => updateDocument(id, { name: 'Appendix B - Prices (revised).docx' }),
    ],
  ])(
    'the laptop that %s: its public pack and published folder never carry the paper again',
    async (_case, meanwhile) => {
      const { meeting, folder } = await markedExemptOnTheOtherLaptop(meanwhile);
      const paper = await db.documents.get('appendix-prices');
      expect(paper).toMatchObject({ exempt: true, exemptParagraph: 3 });
      const name = paper!.name;

      // The public pack is not even given its bytes, and says what it withheld, under the name held here.
      const data = await loadPackData(meeting.id, 'public');
      expect(Object.keys(data!.documentContents)).not.toContain('appendix-prices');
      const pack = await buildAgendaPack(data!, { audience: 'public', edition: 'agenda' });
      const packText = textsOf(pack.bytes).join('\n');
      expect(packText).not.toContain(pricesMarker);
      expect(packText).toContain(`“${name}” (item`);

      // Published again: the paper's file, written when it was public, goes; nothing published holds its words.
      await publishAgenda(folder, meeting.id);
      const leaks = [...folder.files].flatMap(([file, bytes]) =>
        textsOf(bytes).some((text) => text.includes(pricesMarker)) ? [file] : [],
      );
      expect(leaks).toEqual([]);
      expect([...folder.files.keys()].filter((file) => /prices/i.test(file))).toEqual([]);
    },
  );
});
