// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/db/database';
import { loadOrganisationSettings } from '../../../renderer/db/repositories/settings';
import { SettingsPage } from '../../../renderer/ui/features/settings/settings-page';
import { freshDatabase } from '../../unit/db/reset';
import { pickedFiles, showScreen } from '../people/picked-files';

beforeEach(freshDatabase);
afterEach(cleanup);

const showSettings = () => showScreen('settings', '/settings', <SettingsPage />);
const box = (label: string) => screen.findByRole('textbox', { name: label });

describe('the organisation settings form', () => {
  it('refuses bad values field by field, keeps what was typed, and stores nothing', async () => {
    const user = userEvent.setup();
    showSettings();
    await user.type(await box('Organisation name'), 'London Borough of Harrow');
    await user.type(await box('Contact email'), 'democratic.services');
    const reports = await box('Reports due (working days before publication)');
    await user.clear(reports);
    await user.type(reports, 'seven');
    const notice = await box('Clear days of notice before a meeting');
    await user.clear(notice);
    await user.type(notice, '0');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));

    expect(await screen.findByText('Type a whole number of working days from 0 to 60.')).toBeTruthy();
    expect(screen.getByText('Type an email address like democratic.services@example.gov.uk.')).toBeTruthy();
    expect(
      screen.getByText('Type a whole number of clear days from 1 to 30 (5 in England, 3 in Wales).'),
    ).toBeTruthy();
    expect((reports as HTMLInputElement).value).toBe('seven');
    expect(screen.queryByText('Settings saved.')).toBeNull();
    expect(await db.settings.count()).toBe(0);
  });

  it('saves once the values are put right', async () => {
    const user = userEvent.setup();
    showSettings();
    await user.type(await box('Organisation name'), 'London Borough of Harrow');
    await user.type(await box('Contact email'), 'democratic.services@harrow.gov.uk');
    const reports = await box('Reports due (working days before publication)');
    await user.clear(reports);
    await user.type(reports, '12');
    await user.click(screen.getByRole('checkbox', { name: 'Saturdays count as clear days' }));
    const inAdvance = await box('Words for a declaration made in advance');
    expect((inAdvance as HTMLInputElement).placeholder).toBe('declared in advance of the meeting');
    await user.type(inAdvance, 'notified the Monitoring Officer of');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));

    expect((await screen.findByRole('status')).textContent).toBe('Settings saved.');
    const stored = await loadOrganisationSettings();
    expect(stored).toMatchObject({
      name: 'London Borough of Harrow',
      contactEmail: 'democratic.services@harrow.gov.uk',
      reportDeadlineWorkingDays: 12,
      saturdaysAreClearDays: true,
      declaredInAdvanceWords: 'notified the Monitoring Officer of',
    });
  });

  it('refuses a logo that is not a picture, then stores a PNG one with the settings', async () => {
    const user = userEvent.setup();
    const files = pickedFiles();
    showSettings();
    files.pick('logo.docx', 'not a picture');
    await user.click(await screen.findByRole('button', { name: 'Choose a logo picture' }));
    expect(
      await screen.findByText('“logo.docx” is not a PNG, JPEG or GIF picture: choose one of those.'),
    ).toBeTruthy();
    expect(screen.getByText(/No logo\./)).toBeTruthy();

    files.pick('crest.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47]));
    await user.click(screen.getByRole('button', { name: 'Choose a logo picture' }));
    await waitFor(() => expect(screen.getByText(/crest\.png/)).toBeTruthy());
    expect(screen.queryByText(/is not a PNG, JPEG or GIF picture/)).toBeNull();
    await user.type(await box('Organisation name'), 'Harrow Council');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    await screen.findByText('Settings saved.');
    expect((await loadOrganisationSettings()).logo).toMatchObject({
      name: 'crest.png',
      mediaType: 'image/png',
    });
  });
});

describe('the council’s own wording for exempt markings', () => {
  it('refuses a withheld line that does not say the paragraph, and saves one that does', async () => {
    const user = userEvent.setup();
    showSettings();
    await user.type(await box('Organisation name'), 'London Borough of Harrow');
    const line = await box('Exempt marking: line where a paper is withheld from the public pack');
    await user.click(line);
    await user.paste('{paper} is withheld.');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(
      await screen.findByText(
        'Put {paragraph} where the Schedule 12A paragraph goes: an exempt marking must say which paragraph applies.',
      ),
    ).toBeTruthy();
    expect(await db.settings.count()).toBe(0);
    await user.clear(line);
    await user.paste('{paper} is withheld (exempt, paragraph {paragraph}).');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    await screen.findByText('Settings saved.');
    expect((await loadOrganisationSettings()).withheldPaperLine).toBe(
      '{paper} is withheld (exempt, paragraph {paragraph}).',
    );
  });
});
