import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../../db/database';
import { formatShortDate } from '../../../domain/en-gb';
import type { ExemptChange } from '../../../domain/model';

const timeOf = (iso: string): string =>
  `${formatShortDate(iso.slice(0, 10))} ${new Date(iso).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' })}`;

/** When the item's part or a paper's status changed: how exempt information was reclassified, oldest first. */
export function ExemptHistory({ agendaItemId, name }: { agendaItemId: string; name: string }) {
  const history = useLiveQuery(
    async () => (await db.agendaItems.get(agendaItemId))?.exemptHistory ?? [],
    [agendaItemId],
  );
  return <ExemptHistoryList history={history} name={name} />;
}

/** A record's changes of what is exempt (an item's, or a decision taken by one person's), oldest first. */
export function ExemptHistoryList({ history, name }: { history: ExemptChange[] | undefined; name: string }) {
  if (!history || history.length === 0) return null;
  return (
    <section aria-label={`Changes to what is exempt in ${name}`}>
      <h4>Changes to what is exempt</h4>
      <ul>
        {history.map((entry) => (
          <li key={`${entry.at}-${entry.change}`}>
            {timeOf(entry.at)}: {entry.change}
          </li>
        ))}
      </ul>
    </section>
  );
}
