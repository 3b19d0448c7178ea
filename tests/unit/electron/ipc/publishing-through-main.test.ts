import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { registerFolderAccess } from '../../../../electron/main/ipc/folder-access';
import type { ChamberBridge } from '../../../../electron/shared/bridge';
import { ipcChannels } from '../../../../electron/shared/ipc-channels';
import { publishToFolder } from '../../../../renderer/documents/publishing/publish-to-folder';
import {
  desktopPublishing,
  desktopPublishingFolder,
} from '../../../../renderer/ui/features/publishing/desktop-publishing-folder';
import { sampleMeetingData } from '../../documents/publishing/published-meeting';
import { fakeElectron, invoke, resetFakeElectron } from '../support/fake-electron';

vi.mock('electron', async () => (await import('../support/fake-electron')).fakeElectron);

const page = 'chamber://app/index.html#/publishing';
let website: string;

beforeEach(() => {
  resetFakeElectron();
  const root = mkdtempSync(join(tmpdir(), 'chamber-publish-main-'));
  website = join(root, 'committees');
  mkdirSync(website);
  registerFolderAccess(() => undefined, {
    backups: join(root, 'Backups'),
    approvedPublishingFolders: join(root, 'publishing-folders.json'),
  });
});

/** The preload's bridge as the page sees it, each method crossing to main's real handler. */
const desktopBridge = {
  chooseFolder: (kind) => invoke(ipcChannels.chooseFolder, page, kind),
  listPublishingFolder: (location) => invoke(ipcChannels.listPublishingFolder, page, location),
  readPublishedFile: (request) => invoke(ipcChannels.readPublishedFile, page, request),
  writePublishedFile: (request) => invoke(ipcChannels.writePublishedFile, page, request),
  removePublishedFile: (request) => invoke(ipcChannels.removePublishedFile, page, request),
} as ChamberBridge;

describe('the desktop app publishes through main', () => {
  it('writes the whole site into the chosen folder, leaves the web team’s files, and republishes only changes', async () => {
    fakeElectron.dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [website] });
    const operations = desktopPublishing(desktopBridge);
    if (!operations) throw new Error('The desktop bridge offers the publishing folder');
    const chosen = await operations.chooseFolder('publishing');
    if (!chosen) throw new Error('The clerk chose the folder');
    writeFileSync(join(website, 'index.html'), 'the web team’s own home page');
    const data = sampleMeetingData();
    const folder = desktopPublishingFolder(operations, chosen.location);
    const loadSite = () =>
      Promise.resolve({
        organisation: data.record.organisation,
        meetings: [{ data, edition: 'agenda' as const }],
      });
    const first = await publishToFolder(
      folder,
      { [data.record.meeting.id]: 'agenda' },
      loadSite,
      new Date('2025-03-04T09:00:00Z'),
    );
    expect(first.notOurs).toEqual(['index.html']);
    expect(readFileSync(join(website, 'index.html'), 'utf8')).toBe('the web team’s own home page');
    const names = readdirSync(website);
    expect(names).toContain('wrenmoor-community-partnership-board-2025-03-12-1800.html');
    expect(names.filter((name) => name.startsWith('.'))).toEqual([]);

    // A paper taken off the agenda: main lets Chamber remove the file it wrote, and only that.
    const appendix = names.find((name) => name.includes('appendix-a'));
    data.record.documents = data.record.documents.filter((document) => document.agendaItemId !== 'i-safety');
    const second = await publishToFolder(folder, {}, loadSite, new Date('2025-03-06T09:00:00Z'));
    expect(second.removed).toContain(appendix);
    expect(readdirSync(website)).not.toContain(appendix);
    expect(readdirSync(website)).toContain('index.html');
  });
});
