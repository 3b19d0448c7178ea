import { Text } from '@fluentui/react-components';
import { BackupsPanel } from './backups-panel';
import { desktopFolders } from './bridge-folder';
import { canPickFolders } from './directory-folder';
import { SyncFolderPanel } from './sync-folder-panel';
import { Section } from './section';

/** The sync folder and backups, where the shell lets Chamber use a folder on the clerk's disk. */
export function FolderSection() {
  if (!desktopFolders() && !canPickFolders()) {
    return (
      <Section title="Sync folder and backups">
        <Text>
          This browser cannot use a folder on your disk. Use Export and Import above, or use Chamber's desktop
          app or Chrome or Edge. Daily backups are not made in this browser.
        </Text>
      </Section>
    );
  }
  return (
    <>
      <Section title="Sync folder">
        <SyncFolderPanel />
      </Section>
      <Section title="Backups">
        <BackupsPanel />
      </Section>
    </>
  );
}
