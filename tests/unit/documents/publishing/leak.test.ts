import { describe, expect, it } from 'vitest';
import type { AgendaPackData } from '../../../../renderer/documents/agenda-pack';
import { publishToFolder } from '../../../../renderer/documents/publishing/publish-to-folder';
import { memoryFolder, pdfBytes, sampleMeetingData, textOf } from './published-meeting';

/** Marks every exempt thing of the sample's Part B item, so any of them in any published file is found. */
function markedExempt(): { data: AgendaPackData; markers: string[] } {
  const data = sampleMeetingData();
  const { record } = data;
  const markers: string[] = [];
  const mark = (what: string): string => {
    const marker = `EXEMPT-MARKER-${what}`;
    markers.push(marker);
    return marker;
  };
  const exemptItem = record.agendaItems.find((item) => item.part === 'B');
  if (!exemptItem) throw new Error('The sample has a Part B item');
  Object.assign(exemptItem, {
    description: mark('description'),
    recommendation: mark('recommendation'),
    publicInterestReason: mark('public-interest'),
    responsibleOfficer: mark('officer'),
  });
  for (const document of record.documents.filter((d) => d.agendaItemId === exemptItem.id)) {
    document.name = mark(`paper-name-${document.id}`);
    data.documentContents[document.id] = pdfBytes(mark(`paper-bytes-${document.id}`));
  }
  const minute = record.minutes.find((candidate) => candidate.agendaItemId === exemptItem.id);
  if (!minute) throw new Error('The sample minutes its Part B item');
  minute.text = {
    type: 'doc',
    content: [{ type: 'paragraph', content: [{ type: 'text', text: mark('minute') }] }],
  };
  minute.conclusions = [mark('conclusion')];
  for (const resolution of record.resolutions.filter((r) => r.minuteId === minute.id)) {
    resolution.text = mark(`resolution-${resolution.id}`);
    resolution.clauses = [
      { text: mark(`clause-${resolution.id}`), subClauses: [mark(`sub-${resolution.id}`)] },
    ];
  }
  record.resolutions.push({
    ...record.resolutions[0]!,
    id: 'r-secret',
    minuteId: minute.id,
    text: mark('resolution-added'),
    clauses: [],
  });
  record.actions.push({
    ...record.actions[0]!,
    id: 'a-secret',
    minuteId: minute.id,
    text: mark('action'),
    ownerText: mark('owner'),
  });
  record.declarations.push({
    ...record.declarations[0]!,
    id: 'dec-secret',
    agendaItemId: exemptItem.id,
    nature: mark('declaration'),
  });
  record.motions.push({ ...record.motions[0]!, id: 'm-secret', minuteId: minute.id, text: mark('motion') });
  return { data, markers };
}

describe('publishing never publishes what is exempt', () => {
  it('finds no exempt marker in any file of the published folder, pages, papers, feeds and manifest alike', async () => {
    const { data, markers } = markedExempt();
    const folder = memoryFolder();
    await publishToFolder(
      folder,
      { [data.record.meeting.id]: 'minutes' },
      () =>
        Promise.resolve({ organisation: data.record.organisation, meetings: [{ data, edition: 'minutes' }] }),
      new Date('2025-03-20T10:00:00Z'),
    );
    expect(folder.files.size).toBeGreaterThan(8);
    const found: string[] = [];
    for (const [name, bytes] of folder.files) {
      const text = textOf(bytes);
      for (const marker of markers) if (text.includes(marker)) found.push(`${marker} in ${name}`);
    }
    expect(found).toEqual([]);
    // The Part B item is there by its title (the public agenda pack prints it too), and its minutes are not.
    const page = [...folder.files].find(([name]) => name.endsWith('-1800.html'))?.[1];
    expect(textOf(page ?? new Uint8Array())).toContain('Leisure Centre Contract Renewal');
    // The markers were really in the data given: the public parts around them are published.
    expect(textOf(page ?? new Uint8Array())).toContain('Safer Neighbourhoods Update');
  });
});
