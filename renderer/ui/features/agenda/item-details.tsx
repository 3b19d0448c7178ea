import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { memo } from 'react';
import type { NumberedAgendaItem } from '../../../domain/agenda-numbering';
import type { AgendaActions } from './agenda-actions';
import { ItemEditor } from './item-editor';
import { ItemPapers } from './item-papers';
import { ReportCoverButton } from './report-cover-button';
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
  entry: { item, number },
  actions,
}: {
  entry: NumberedAgendaItem;
  actions: AgendaActions;
}) {
  const styles = useStyles();
  return (
    <div className={styles.panel}>
      <ItemEditor item={item} number={number} />
      <ItemPapers agendaItemId={item.id} number={number} />
      {item.parentId ? null : (
        <SubItemForm meetingId={actions.meetingId} parentId={item.id} number={number} today={actions.today} />
      )}
      <div>
        <ReportCoverButton meetingId={actions.meetingId} agendaItemId={item.id} number={number} />{' '}
        <Button onClick={() => actions.remove(item.id)}>Remove item {number}</Button>
      </div>
    </div>
  );
});
