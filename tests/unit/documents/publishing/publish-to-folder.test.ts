import { describe, expect, it } from 'vitest';
import type { AgendaPackData } from '../../../../renderer/documents/agenda-pack';
import { manifestName } from '../../../../renderer/documents/publishing/manifest';
import {
  pageTemplateName,
  publishToFolder,
  type PublicationRequest,
} from '../../../../renderer/documents/publishing/publish-to-folder';
import { memoryFolder, sampleMeetingData, textOf } from './published-meeting';

const meetingPage = 'wrenmoor-community-partnership-board-2025-03-12-1800.html';

function publisher(data: AgendaPackData) {
  const folder = memoryFolder();
  const publish = (request: PublicationRequest, at: string) =>
    publishToFolder(
      folder,
      request,
      (editions) =>
        Promise.resolve({
          organisation: data.record.organisation,
          meetings: Object.entries(editions).map(([, edition]) => ({ data, edition })),
        }),
      new Date(at),
    );
  return { folder, publish };
}

describe('publishToFolder', () => {
  it('writes everything the first time, nothing when nothing changed, and only what changed after', async () => {
    const data = sampleMeetingData();
    const { folder, publish } = publisher(data);
    const first = await publish({ [data.record.meeting.id]: 'agenda' }, '2025-03-04T09:00:00Z');
    expect(first.written).toContain(meetingPage);
    expect(first.written).toContain('meetings.ics');
    expect(first.written).toContain('feed.atom');
    expect(first.written.at(-1)).toBe('index.html');

    // The calendar holds the meeting under the same UID as the calendar screen's .ics export.
    const calendar = textOf(folder.files.get('meetings.ics') ?? new Uint8Array());
    expect(calendar).toContain(`UID:${data.record.meeting.id}@chamber`);
    expect(calendar).toContain('DTSTART:20250312T180000Z');

    const again = await publish({}, '2025-03-05T09:00:00Z');
    expect(again.written).toEqual([]);
    expect(again.unchanged).toBe(first.written.length);

    const minutes = await publish({ [data.record.meeting.id]: 'minutes' }, '2025-03-20T09:00:00Z');
    expect(minutes.written.sort()).toEqual(
      [meetingPage, 'feed.atom', 'wrenmoor-community-partnership-board.html'].sort(),
    );
    const feed = textOf(folder.files.get('feed.atom') ?? new Uint8Array());
    expect(feed).toContain('<updated>2025-03-20T09:00:00.000Z</updated>');
    expect(feed).toContain(`<link rel="alternate" type="text/html" href="${meetingPage}"/>`);
  });

  it('never overwrites or removes a file it did not write, and says so', async () => {
    const data = sampleMeetingData();
    const { folder, publish } = publisher(data);
    folder.files.set('index.html', new TextEncoder().encode('the web team’s own home page'));
    folder.files.set('notes.txt', new TextEncoder().encode('keep me'));
    const report = await publish({ [data.record.meeting.id]: 'agenda' }, '2025-03-04T09:00:00Z');
    expect(report.notOurs).toEqual(['index.html']);
    expect(textOf(folder.files.get('index.html') ?? new Uint8Array())).toBe('the web team’s own home page');
    expect(folder.files.has('notes.txt')).toBe(true);
  });

  it('removes a paper it published once it is no longer published, unless someone has changed it since', async () => {
    const data = sampleMeetingData();
    const { folder, publish } = publisher(data);
    await publish({ [data.record.meeting.id]: 'agenda' }, '2025-03-04T09:00:00Z');
    const appendix = [...folder.files.keys()].find((name) => name.includes('appendix-a'));
    const report = [...folder.files.keys()].find((name) => name.includes('item-5-safer'));
    if (!appendix || !report) throw new Error('Both papers of item 5 were published');
    folder.files.set(report, new TextEncoder().encode('edited by hand'));
    data.record.documents = data.record.documents.filter((document) => document.agendaItemId !== 'i-safety');
    const second = await publish({}, '2025-03-06T09:00:00Z');
    expect(second.removed).toEqual([appendix]);
    expect(folder.files.has(appendix)).toBe(false);
    expect(textOf(folder.files.get(report) ?? new Uint8Array())).toBe('edited by hand');
  });

  it("puts its page template in the folder once, and publishes every page in the web team's version of it", async () => {
    const data = sampleMeetingData();
    const { folder, publish } = publisher(data);
    await publish({ [data.record.meeting.id]: 'agenda' }, '2025-03-04T09:00:00Z');
    const template = textOf(folder.files.get(pageTemplateName) ?? new Uint8Array());
    expect(template).toContain('--masthead: #1d3557');
    const theirs = template
      .replace('--masthead: #1d3557', '--masthead: #00703c')
      .replace('<main id="content">', '<p>Wrenmoor Council website header</p><main id="content">');
    folder.files.set(pageTemplateName, new TextEncoder().encode(theirs));
    const second = await publish({}, '2025-03-05T09:00:00Z');
    expect(second.written).toContain(meetingPage);
    expect(second.written).toContain('index.html');
    expect(textOf(folder.files.get(pageTemplateName) ?? new Uint8Array())).toBe(theirs);
    const page = textOf(folder.files.get(meetingPage) ?? new Uint8Array());
    expect(page).toContain('--masthead: #00703c');
    expect(page).toContain('<p>Wrenmoor Council website header</p><main id="content">');
  });

  it("refuses a folder whose manifest is not Chamber's", async () => {
    const data = sampleMeetingData();
    const { folder, publish } = publisher(data);
    folder.files.set(manifestName, new TextEncoder().encode('{"something": "else"}'));
    await expect(publish({ [data.record.meeting.id]: 'agenda' }, '2025-03-04T09:00:00Z')).rejects.toThrow(
      'is not one Chamber can read',
    );
  });

  it('finishes a publication cut short: files claimed as pending are written again', async () => {
    const data = sampleMeetingData();
    const { folder, publish } = publisher(data);
    const write = folder.write.bind(folder);
    let writes = 0;
    folder.write = (name, file) =>
      ++writes === 3 ? Promise.reject(new Error('The USB stick was pulled out')) : write(name, file);
    await expect(publish({ [data.record.meeting.id]: 'agenda' }, '2025-03-04T09:00:00Z')).rejects.toThrow(
      'USB stick',
    );
    folder.write = write;
    const retry = await publish({}, '2025-03-04T09:05:00Z');
    expect(retry.notOurs).toEqual([]);
    expect(folder.files.has('index.html')).toBe(true);
    expect(folder.files.has(meetingPage)).toBe(true);
  });
});
