import { describe, expect, it } from 'vitest';
import { publishToFolder } from '../../../../renderer/documents/publishing/publish-to-folder';
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
});
