import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { DocumentKind } from '../../../domain/model';
import { ErrorMessage } from '../../common/error-message';
import { Page } from '../../common/page';
import { useAction } from '../../common/use-action';
import { TemplateCard } from './template-card';
import { downloadPlaceholderList } from './template-files';

/** The documents poured into an organisation's template; the agenda pack is not one of them (see below). */
const templatedKinds: DocumentKind[] = ['minutes', 'actionLog', 'reportCover'];

const useStyles = makeStyles({
  cards: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(28rem, 1fr))',
    gap: tokens.spacingHorizontalL,
  },
});

/**
 * Settings, Templates: the organisation's own .docx for each kind of document, with its letterhead, logo, header,
 * footer and styles. Chamber fills the {{placeholders}} and puts the document where {{body}} stands.
 */
export function TemplatesPage() {
  const styles = useStyles();
  const [downloadList, listing] = useAction(downloadPlaceholderList);
  return (
    <Page
      title="Templates"
      actions={<Button onClick={() => void downloadList()}>Download the placeholder list</Button>}
    >
      <Text>
        Upload a Word document (.docx) with your letterhead, logo, header and footer. Type placeholders such
        as {'{{committee}}'} or {'{{meeting_date}}'} where Chamber should fill them in, and {'{{body}}'} on a
        line of its own where the document goes. Without an upload, Chamber uses its built-in house style.
      </Text>
      <ErrorMessage error={listing.error} title="The placeholder list was not saved" />
      <div className={styles.cards}>
        {templatedKinds.map((kind) => (
          <TemplateCard key={kind} kind={kind} />
        ))}
      </div>
      <Text size={200}>
        The agenda pack is printed in Chamber's own layout: its page numbering and merged reports need a page
        set-up Chamber controls, so it does not take a template yet.
      </Text>
    </Page>
  );
}
