// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { unzipSync, strFromU8 } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AgendaPackData, AgendaPackResult, PackProgress } from '../../../renderer/documents/agenda-pack';
import { db } from '../../../renderer/db/database';
import { addToFollow, prepareDocument, replaceDocument } from '../../../renderer/db/repositories/documents';
import { advanceMeeting } from '../../../renderer/db/repositories/meetings';
import { takeItem } from '../../../renderer/db/repositories/minutes';
import { PapersTab } from '../../../renderer/ui/features/documents/papers-tab';
import type { PackBuilder, PackKind } from '../../../renderer/ui/features/documents/pack-build';
import { saveTemplate } from '../../../renderer/db/repositories/templates';
import { defaultTemplate } from '../../../renderer/documents/templates/default-template';
import { freshDatabase } from '../../unit/db/reset';
import { fakeBridge, keyedMeeting, show, wordFile } from './support';

beforeEach(freshDatabase);
afterEach(cleanup);

function documentText(bytes: Uint8Array): string {
  return strFromU8(unzipSync(bytes)['word/document.xml'] ?? new Uint8Array()).replace(/<[^>]+>/g, '');
}

/** Stands in for the pack worker: reports two steps, remembers what it was given, then finishes when told. */
function fakeWorker() {
  const calls: { data: AgendaPackData; pack: PackKind }[] = [];
  let finish: (result: AgendaPackResult) => void = () => undefined;
  let fail: (error: Error) => void = () => undefined;
  let report: (progress: PackProgress) => void = () => undefined;
  const build: PackBuilder = (data, onProgress, pack) => {
    calls.push({ data, pack });
    report = onProgress;
    return new Promise((resolve, reject) => {
      finish = resolve;
      fail = reject;
    });
  };
  return {
    build,
    calls,
    report: (progress: PackProgress) => report(progress),
    finish: (bytes: Uint8Array, warnings: string[] = []) => finish({ bytes, warnings }),
    fail: (error: Error) => fail(error),
  };
}

describe('the Papers tab', () => {
  it('offers the private pack only when the agenda has Part B items', async () => {
    fakeBridge();
    const { meetingId } = await keyedMeeting(false);
    show(<PapersTab meetingId={meetingId} />);
    expect(await screen.findByRole('button', { name: 'Save agenda pack (.docx)' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Save private agenda pack (.docx)' })).toBeNull();
    cleanup();
    await freshDatabase();
    const withPartB = await keyedMeeting(true);
    show(<PapersTab meetingId={withPartB.meetingId} />);
    expect(await screen.findByRole('button', { name: 'Save private agenda pack (.docx)' })).toBeTruthy();
  });

  it('shows the worker’s progress, then saves the public pack without any Part B bytes', async () => {
    const { saved } = fakeBridge();
    const { meetingId } = await keyedMeeting(true);
    const worker = fakeWorker();
    show(<PapersTab meetingId={meetingId} buildPack={worker.build} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Save agenda pack (.docx)' }));
    await waitFor(() => expect(worker.calls).toHaveLength(1));
    worker.report({ done: 1, total: 4, stage: 'mergingReports' });
    const row = screen.getByRole('group', { name: 'Agenda pack' });
    // The builder's four steps and one more, writing the file, which the page counts after them.
    expect(await within(row).findByText('Merging reports: step 2 of 5')).toBeTruthy();
    expect(within(row).getByRole('progressbar')).toBeTruthy();

    const [{ data, pack }] = worker.calls as [{ data: AgendaPackData; pack: PackKind }];
    expect(pack).toEqual({ audience: 'public', edition: 'agenda' });
    const exemptItem = data.record.agendaItems.find((item) => item.part === 'B');
    const exemptPaper = data.record.documents.find((paper) => paper.agendaItemId === exemptItem?.id);
    expect(exemptPaper && data.documentContents[exemptPaper.id]).toBeUndefined();
    expect(Object.keys(data.documentContents)).toHaveLength(1);

    worker.finish(new Uint8Array([80, 75, 3, 4]));
    expect(
      await within(row).findByText('Saved: Downloads/Licensing Committee agenda pack 2026-02-11.docx'),
    ).toBeTruthy();
    expect(saved.map((file) => file.suggestedName)).toEqual([
      'Licensing Committee agenda pack 2026-02-11.docx',
    ]);
  });

  it('shows the pack’s warnings after saving it, and builds it in the organisation’s template', async () => {
    fakeBridge();
    const { meetingId } = await keyedMeeting(false);
    const template = await defaultTemplate('agendaPack');
    await saveTemplate('agendaPack', { name: 'Letterhead.docx', bytes: template });
    const worker = fakeWorker();
    show(<PapersTab meetingId={meetingId} buildPack={worker.build} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Save agenda pack (.docx)' }));
    await waitFor(() => expect(worker.calls).toHaveLength(1));
    expect(worker.calls[0]?.data.template).toEqual(template);
    worker.finish(new Uint8Array([80, 75, 3, 4]), [
      '"Budget.docx" (item 5): its file does not say how many pages it prints, so Chamber estimated 3.',
      '"Budget.docx" (item 5) has 2 comments: comments are not printed in the pack.',
    ]);
    const row = screen.getByRole('group', { name: 'Agenda pack' });
    const warnings = await within(row).findByRole('region', { name: 'Check 2 things in the agenda pack' });
    expect(
      within(warnings)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      '"Budget.docx" (item 5): its file does not say how many pages it prints, so Chamber estimated 3.',
      '"Budget.docx" (item 5) has 2 comments: comments are not printed in the pack.',
    ]);
    expect(within(row).getByText(/^Saved: /)).toBeTruthy();
  });

  it('gives the private pack every paper, and shows a failed build’s message', async () => {
    fakeBridge();
    const { meetingId } = await keyedMeeting(true);
    const worker = fakeWorker();
    show(<PapersTab meetingId={meetingId} buildPack={worker.build} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Save private agenda pack (.docx)' }));
    await waitFor(() => expect(worker.calls).toHaveLength(1));
    expect(Object.keys(worker.calls[0]?.data.documentContents ?? {})).toHaveLength(2);
    worker.fail(new Error('"premises.docx" (item 7) could not be read: it is damaged. Attach it again.'));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The private agenda pack was not made');
    expect(alert.textContent).toContain('"premises.docx" (item 7) could not be read');
  });

  it('saves the draft public minutes, and the confidential minutes only exist with Part B minutes', async () => {
    const { saved } = fakeBridge();
    const { meetingId } = await keyedMeeting(true);
    show(<PapersTab meetingId={meetingId} />);
    expect(await screen.findByText('DRAFT until approved')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Save the confidential minutes (.docx)' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Save the minutes (.docx)' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]?.suggestedName).toBe('Licensing Committee minutes 2026-02-11.docx');
    expect(documentText(saved[0]?.bytes ?? new Uint8Array())).toContain('Minutes of the meeting held on');

    const [exempt] = await db.agendaItems.filter((each) => each.part === 'B').toArray();
    await takeItem(meetingId, exempt?.id ?? '');
    await userEvent.click(
      await screen.findByRole('button', { name: 'Save the confidential minutes (.docx)' }),
    );
    await waitFor(() => expect(saved).toHaveLength(2));
    expect(saved[1]?.suggestedName).toBe('Licensing Committee confidential minutes 2026-02-11.docx');
    expect(documentText(saved[1]?.bytes ?? new Uint8Array())).toContain('PART B - NOT FOR PUBLICATION');
  });

  it('offers the supplementary pack once a paper that was To Follow arrives after publication', async () => {
    fakeBridge();
    const { meetingId } = await keyedMeeting(false);
    const [item] = await db.agendaItems.filter((each) => each.title === 'Street Trading Policy').toArray();
    const promised = await addToFollow(item?.id ?? '', 'Consultation responses');
    const worker = fakeWorker();
    show(<PapersTab meetingId={meetingId} buildPack={worker.build} />);
    expect(await screen.findByText(/1 paper is still printed “\(To Follow\)”/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Save supplementary agenda pack (.docx)' })).toBeNull();

    await advanceMeeting(meetingId, '2026-02-02');
    const bytes = await wordFile(['Consultation responses received.']);
    await replaceDocument(promised.id, await prepareDocument({ name: 'responses.docx', bytes }));
    await userEvent.click(
      await screen.findByRole('button', { name: 'Save supplementary agenda pack (.docx)' }),
    );
    await waitFor(() => expect(worker.calls).toHaveLength(1));
    expect(worker.calls[0]?.pack).toEqual({ audience: 'public', edition: 'supplementary' });
  });
});
