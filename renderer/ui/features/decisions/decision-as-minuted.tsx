import { Text } from '@fluentui/react-components';
import { inOrderDeclared } from '../../../domain/declaration-order';
import type { MeetingRecord } from '../../../domain/meeting-record';
import type { AgendaItem } from '../../../domain/model';
import { resolutionLabel } from '../../../documents/common/resolution';
import { declarationSentence } from '../../../documents/minutes/declarations';

/**
 * The decision as the minutes have it (its resolutions) and the interests declared on the item: the notice
 * prints both from the minutes, so they are changed there (in the live meeting), not here.
 */
export function DecisionAsMinuted({ record, item }: { record: MeetingRecord; item: AgendaItem }) {
  const minute = record.minutes.find((candidate) => candidate.agendaItemId === item.id);
  const resolutions = record.resolutions
    .filter((resolution) => resolution.minuteId === minute?.id)
    .sort((a, b) => a.order - b.order);
  const declarations = inOrderDeclared(
    record.declarations.filter((declaration) => declaration.agendaItemId === item.id),
  );
  return (
    <>
      <h2>The decision as minuted</h2>
      {resolutions.length === 0 ? (
        <Text as="p">
          No resolution is minuted on this item yet. Record it in the live meeting; the notice prints it.
        </Text>
      ) : (
        <ul aria-label="Resolutions">
          {resolutions.map((resolution) => (
            <li key={resolution.id}>
              <strong>{resolutionLabel(resolution)}:</strong> {resolution.text}
              {resolution.clauses.length ? (
                <ol>
                  {resolution.clauses.map((clause, index) => (
                    <li key={index}>{clause.text}</li>
                  ))}
                </ol>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <h2>Interests declared</h2>
      {declarations.length === 0 ? (
        <Text as="p">No interests were declared on this item.</Text>
      ) : (
        <ul aria-label="Interests declared">
          {declarations.map((declaration) => (
            <li key={declaration.id}>{declarationSentence(record, declaration)}</li>
          ))}
        </ul>
      )}
    </>
  );
}
