import { describe, expect, it } from 'vitest';
import { publishToFolder } from '../../../../renderer/documents/publishing/publish-to-folder';
import { publicMeeting } from '../../../../renderer/documents/publishing/public-meeting';
import { printableAgenda } from '../../../../renderer/documents/publishing/printable/printable-agenda';
import { markedExempt } from './exempt-markers';
import { memoryFolder, textOf } from './published-meeting';

describe('publishing never publishes what is exempt', () => {
  it('finds no exempt marker in any file of the published folder, pages, papers, feeds and manifest alike, whichever way it was marked exempt', async () => {
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

  it('prints the withheld line where an exempt paper of a public item stood, on the page and in the pack PDF’s run of papers', async () => {
    const { data, markers } = markedExempt();
    const folder = memoryFolder();
    await publishToFolder(
      folder,
      { [data.record.meeting.id]: 'agenda' },
      () =>
        Promise.resolve({ organisation: data.record.organisation, meetings: [{ data, edition: 'agenda' }] }),
      new Date('2025-03-20T10:00:00Z'),
    );
    const line = (paper: string, item: string) =>
      `“${paper}” (item ${item}) is not for publication: it contains exempt information under paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972, and is circulated to members only.`;
    const view = publicMeeting(data, 'agenda');
    const libraries = view.items.find(
      (item) => item.title === data.record.agendaItems.find((i) => i.id === 'i-libraries')?.title,
    );
    expect(libraries?.part).toBe('A');
    const number = libraries!.number;
    const page = [...folder.files].find(([name]) => name.endsWith('-1800.html'))?.[1];
    const text = textOf(page ?? new Uint8Array())
      .replace(/&#8220;|&ldquo;/g, '“')
      .replace(/&#8221;|&rdquo;/g, '”');
    expect(text).toContain(line('exempt-appendix.docx', number));
    // The pack PDF prints each line on a page of its own where the paper stood (e2e publishing-withheld-pdf),
    // not on the agenda, which Chromium is given to print as this.
    const withheldLines =
      libraries?.part === 'A'
        ? libraries.packOrder.flatMap((entry) => ('line' in entry ? [entry.line] : []))
        : [];
    expect(withheldLines).toEqual([
      line('exempt-appendix.docx', number),
      line('late-exempt-appendix.docx', number),
    ]);
    const agenda = printableAgenda(data.record, view, new Map());
    expect(agenda).not.toContain('is not for publication');
    for (const marker of markers) expect(agenda).not.toContain(marker);
  });
});
