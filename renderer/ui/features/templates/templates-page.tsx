import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { DocumentKind } from '../../../domain/model';
import { ErrorMessage } from '../../common/error-message';
import { Page } from '../../common/page';
import { useAction } from '../../common/use-action';
import { TemplateCard } from './template-card';
import { downloadPlaceholderList } from './template-files';

/** Every kind of document Chamber makes takes the organisation's own template. */
const templatedKinds: DocumentKind[] = ['agendaPack', 'minutes', 'actionLog', 'reportCover'];

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
        In the agenda pack, your template dresses the front sheet and the agenda: its letterhead, logo,
        header, footer, fonts and styles. The reports and minutes that follow keep their own look and the
        pack's page numbers in the footer, so that every “(Pages X - Y)” on the agenda matches the printed
        pages.
      </Text>
    </Page>
  );
}
