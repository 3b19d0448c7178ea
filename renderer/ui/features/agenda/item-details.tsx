import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { memo } from 'react';
import { agendaItemName, type NumberedAgendaItem } from '../../../domain/agenda-numbering';
import type { AgendaActions } from './agenda-actions';
import { ItemEditor } from './item-editor';
import { ItemPapers } from './item-papers';
import { ReportCoverButton } from './report-cover-button';
import { ScreenLink } from '../../common/screen-link';
import { SubItemForm } from './sub-item-form';

const useStyles = makeStyles({
  panel: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingVerticalM,
  },
});

/** An opened agenda item: its details, its papers, a sub-item form (top-level items only), and its tools. */
export const ItemDetails = memo(function ItemDetails({
  entry,
  actions,
}: {
  entry: NumberedAgendaItem;
  actions: AgendaActions;
}) {
  const styles = useStyles();
  const { item } = entry;
  const name = agendaItemName(entry);
  return (
    <div className={styles.panel}>
      <ItemEditor item={item} name={name} opening={agendaItemName(entry, true)} />
      <ItemPapers agendaItemId={item.id} name={name} />
      {/* An unnumbered section has no number for sub-items to follow (5.1, 5.2). */}
      {item.parentId || item.unnumbered ? null : (
        <SubItemForm meetingId={actions.meetingId} parentId={item.id} name={name} today={actions.today} />
      )}
      <div>
        <ReportCoverButton meetingId={actions.meetingId} agendaItemId={item.id} name={name} />{' '}
        <Button onClick={() => actions.remove(item.id)}>Remove {name}</Button>
      </div>
      <div>
        {/* An executive body's decision on the item: its reasons, notice and call-in have a screen of their own. */}
        <ScreenLink to={`/meetings/${actions.meetingId}/items/${item.id}/decision`}>
          Executive decision on {name}
        </ScreenLink>
      </div>
    </div>
  );
});
