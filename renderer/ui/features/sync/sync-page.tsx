import { Button, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useLiveQuery } from 'dexie-react-hooks';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { db } from '../../../db/database';
import { Page } from '../../common/page';
import { DeviceNameField } from './device-name-field';
import { ExportSection } from './export-section';
import { FolderSection } from './folder-section';
import { ImportSection } from './import-section';
import { Section } from './section';
import { useDeviceReady } from './use-device-ready';
import { Loading } from '../../common/loading';

/**
 * Sync by files: how work moves between laptops with no network (a USB stick, email, a shared folder).
 * `?meeting=<id>` comes from a meeting's "Export this meeting" and offers that meeting as the scope.
 */
export function SyncPage() {
  const [params] = useSearchParams();
  // The desktop menu's File > Export on a meeting arrives as ?export-meeting=<id>.
  const meetingId = params.get('meeting') ?? params.get('export-meeting') ?? undefined;
  const openConflicts = useLiveQuery(() => db.conflicts.where('resolved').equals(0).count(), []);
  const ready = useDeviceReady();
  const navigate = useNavigate();
  if (!ready) return <Loading what="this laptop's details" />;
  return (
    <Page title="Sync" actions={<Button onClick={() => void navigate('/sync/conflicts')}>Conflicts</Button>}>
      {openConflicts ? (
        <MessageBar intent="warning">
          <MessageBarBody>
            {openConflicts} conflict{openConflicts === 1 ? '' : 's'} from earlier imports to settle:{' '}
            <Link to="/sync/conflicts">see the conflicts</Link>.
          </MessageBarBody>
        </MessageBar>
      ) : null}
      <DeviceNameField />
      <Section title="Export">
        <ExportSection meetingId={meetingId} />
      </Section>
      <Section title="Import">
        <ImportSection />
      </Section>
      <FolderSection />
    </Page>
  );
}
