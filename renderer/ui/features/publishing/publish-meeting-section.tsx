import { Button, Text } from '@fluentui/react-components';
import { Link } from 'react-router';
import { PublicationOutcome } from './publication-outcome';
import { usePublishing } from './use-publishing';

/**
 * On a meeting's Papers tab: publish its agenda, or its agenda with the minutes under each item, into the
 * council's published folder. Part B items show there by title only, as in the public pack.
 */
export function PublishMeetingSection({ meetingId }: { meetingId: string }) {
  const publishing = usePublishing();
  const folderName = publishing.folderName;
  const busy = publishing.state.busy;
  return (
    <section aria-label="Publishing">
      <h2>Publish on the council's website</h2>
      <Text as="p">
        Writes this meeting's web page, with its public papers,{' '}
        {folderName ? `into the folder “${folderName}”` : 'into a folder you choose'}, ready for the web team
        to upload. Part B items show only their title. <Link to="/publishing">Publishing</Link> lists
        everything published.
      </Text>
      {!publishing.canChoose ? (
        <Text as="p">This browser cannot write to a folder: use Chromium, Edge or Chrome.</Text>
      ) : (
        <div>
          <Button disabled={busy} onClick={() => void publishing.publish({ [meetingId]: 'agenda' })}>
            Publish agenda
          </Button>{' '}
          <Button disabled={busy} onClick={() => void publishing.publish({ [meetingId]: 'minutes' })}>
            Publish minutes
          </Button>
        </div>
      )}
      <PublicationOutcome publishing={publishing} />
    </section>
  );
}
