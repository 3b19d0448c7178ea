import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { addAgendaItem } from '../../../renderer/db/repositories/agenda';
import { saveMinuteText } from '../../../renderer/db/repositories/minutes';
import { exportFile, importFile } from '../../../renderer/sync';
import { ConflictsPage } from '../../../renderer/ui/features/sync/conflicts-page';
import { SyncPage } from '../../../renderer/ui/features/sync/sync-page';
import { useLaptop } from '../../unit/sync/support/laptops';
import { paragraph, seedMeeting } from '../../unit/sync/support/meeting';
import { joinParts } from '../../../renderer/sync/format/file-parts';

export { fakeBridge } from '../support/fake-bridge';

export function showSync(path = '/sync') {
  return render(
    <FluentProvider theme={webLightTheme}>
      <MemoryRouter initialEntries={[path]}>
        <Routes>
          <Route path="sync" element={<SyncPage />} />
          <Route path="sync/conflicts" element={<ConflictsPage />} />
        </Routes>
      </MemoryRouter>
    </FluentProvider>,
  );
}

const everything = { scope: { kind: 'everything' as const } };

/**
 * The office laptop sets up seed 004's meeting and hands it to the chamber laptop. In the chamber the clerk
 * adds an item and rewrites the minute; meanwhile the office rewrites the same minute. Returns the chamber's
 * file, with the office laptop in use and nothing imported yet.
 */
export async function minutedOnTwoLaptops() {
  await useLaptop('office');
  const seeded = await seedMeeting();
  const start = await exportFile(everything, 'none');
  await useLaptop('chamber');
  await importFile(joinParts(start));
  await addAgendaItem(seeded.meeting.id, { title: 'Community Safety Plan' });
  await saveMinuteText(
    seeded.minute.id,
    paragraph('Members asked about funding. Officers advised it was secured.'),
  );
  const fromChamber = await exportFile(everything, 'none');
  await useLaptop('office');
  await saveMinuteText(seeded.minute.id, paragraph('The Chair introduced the work programme.'));
  return { ...seeded, fromChamber: joinParts(fromChamber) };
}
