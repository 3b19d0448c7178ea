// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/db/database';
import { TemplatesPage } from '../../../renderer/ui/features/templates/templates-page';
import { freshDatabase } from '../../unit/db/reset';
import { fakeBridge, show, wordFile } from './support';

beforeEach(freshDatabase);
afterEach(cleanup);

describe('the Templates screen', () => {
  it('uses a good template, refuses a bad one naming the problem, and keeps the good one in use', async () => {
    const { toPick } = fakeBridge();
    show(<TemplatesPage />);
    const minutes = await screen.findByRole('region', { name: 'Minutes template' });
    expect(within(minutes).getByText(/In use: the built-in house style/)).toBeTruthy();

    toPick.push([
      {
        name: 'letterhead.docx',
        bytes: await wordFile(['{{committee}}', '{{body}}'], 'Wrenmoor Borough Council'),
      },
    ]);
    await userEvent.click(
      within(minutes).getByRole('button', { name: 'Upload a template for the minutes (.docx)' }),
    );
    expect(await within(minutes).findByText('“letterhead.docx” is now used for the minutes.')).toBeTruthy();
    expect(within(minutes).getByText('{{committee}}, {{body}}')).toBeTruthy();

    toPick.push([{ name: 'broken.docx', bytes: await wordFile(['{{comittee}}', '{{body}}']) }]);
    await userEvent.click(
      within(minutes).getByRole('button', { name: 'Upload a template for the minutes (.docx)' }),
    );
    const alert = await within(minutes).findByRole('alert');
    expect(alert.textContent).toContain('The template was refused');
    expect(alert.textContent).toContain('{{comittee}}');
    expect(alert.textContent).toContain('The minutes template in use is still “letterhead.docx”.');
    expect((await db.templates.toArray()).map((template) => template.name)).toEqual(['letterhead.docx']);

    toPick.push([{ name: 'notes.docx', bytes: new TextEncoder().encode('just some text') }]);
    await userEvent.click(
      within(minutes).getByRole('button', { name: 'Upload a template for the minutes (.docx)' }),
    );
    await waitFor(() =>
      expect(within(minutes).getByRole('alert').textContent).toContain('not a Word document (.docx)'),
    );
  });

  it('takes an agenda pack template, and refuses one with no {{body}}, an unknown placeholder or not a .docx', async () => {
    const { toPick } = fakeBridge();
    show(<TemplatesPage />);
    expect(await screen.findByText(/your template dresses the front sheet and the agenda/)).toBeTruthy();
    const pack = await screen.findByRole('region', { name: 'Agenda pack template' });
    const upload = () =>
      userEvent.click(
        within(pack).getByRole('button', { name: 'Upload a template for the agenda pack (.docx)' }),
      );
    toPick.push([
      { name: 'pack letterhead.docx', bytes: await wordFile(['{{venue}}', '{{body}}'], 'Harrow Council') },
    ]);
    await upload();
    expect(
      await within(pack).findByText('“pack letterhead.docx” is now used for the agenda pack.'),
    ).toBeTruthy();

    const refusals: [string, Uint8Array, string][] = [
      ['no body.docx', await wordFile(['{{committee}}']), 'no {{body}} placeholder'],
      ['typo.docx', await wordFile(['{{meeting_dat}}', '{{body}}']), '{{meeting_dat}}'],
      ['letterhead.pdf', new TextEncoder().encode('%PDF-1.4 not a Word file'), 'not a Word document (.docx)'],
    ];
    for (const [name, bytes, problem] of refusals) {
      toPick.push([{ name, bytes }]);
      await upload();
      await waitFor(() => expect(within(pack).getByRole('alert').textContent).toContain(problem));
      expect(within(pack).getByRole('alert').textContent).toContain(
        'The agenda pack template in use is still “pack letterhead.docx”.',
      );
    }
    expect((await db.templates.toArray()).map((template) => template.name)).toEqual(['pack letterhead.docx']);
  });

  it('goes back to the built-in template, and offers the placeholder list', async () => {
    const { toPick, saved } = fakeBridge();
    show(<TemplatesPage />);
    const log = await screen.findByRole('region', { name: 'Action log template' });
    toPick.push([{ name: 'log.docx', bytes: await wordFile(['{{as_at_date}}', '{{body}}']) }]);
    await userEvent.click(
      within(log).getByRole('button', { name: 'Upload a template for the action log (.docx)' }),
    );
    await userEvent.click(
      await within(log).findByRole('button', { name: 'Go back to the built-in action log template' }),
    );
    expect(await within(log).findByText(/In use: the built-in house style/)).toBeTruthy();
    expect(await db.templates.count()).toBe(0);

    await userEvent.click(screen.getByRole('button', { name: 'Download the placeholder list' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    const list = new TextDecoder().decode(saved[0]?.bytes);
    expect(list).toContain('{{meeting_date}}');
    expect(list).toContain('{{body}}');
    expect(list).toMatch(
      /\{\{as_at_date\}\}\s+The date an action log is printed for[^\n]*\s+Filled in: Action log/,
    );
  });
});
