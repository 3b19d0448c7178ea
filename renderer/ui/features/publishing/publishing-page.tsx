import { Button, Text } from '@fluentui/react-components';
import { Page } from '../../common/page';
import { PublicationOutcome } from './publication-outcome';
import { usePublishing } from './use-publishing';

/**
 * The council's published folder: which folder it is, and "Publish everything changed since the last
 * publication", which republishes every meeting published there before and writes only the files that changed.
 * Each meeting is first published from its Papers tab.
 */
export function PublishingPage() {
  const publishing = usePublishing();
  const busy = publishing.state.busy;
  return (
    <Page title="Publishing">
      <Text as="p">
        Chamber writes the council's agenda and minutes pages into a folder, with the public papers, a
        calendar (meetings.ics) and a feed of what is published (feed.atom). The web team uploads the folder
        as it is. Chamber never changes or removes a file there that it did not write. Publish a meeting from
        its Papers tab.
      </Text>
      <Text as="p">
        {publishing.folderName
          ? `Publishing into the folder “${publishing.folderName}”.`
          : 'No publishing folder is chosen yet.'}
      </Text>
      {publishing.canChoose ? (
        <div>
          <Button disabled={busy} onClick={() => void publishing.choose()}>
            {publishing.folderName ? 'Choose another folder' : 'Choose the publishing folder'}
          </Button>{' '}
          <Button appearance="primary" disabled={busy} onClick={() => void publishing.publish({})}>
            Publish everything changed since the last publication
          </Button>
        </div>
      ) : (
        <Text as="p">This browser cannot write to a folder: use Chromium, Edge or Chrome.</Text>
      )}
      <PublicationOutcome publishing={publishing} />
    </Page>
  );
}
