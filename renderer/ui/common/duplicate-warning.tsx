import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import type { Person } from '../../domain/model';
import { likenessWords, type LikelyDuplicate } from '../../domain/person-likeness';
import { nameWithDetail, printedName } from '../../domain/person-name';

/**
 * Before a name is added as a new person: the people on record it probably is, each with the reason, and the
 * three ways on: use one of them, add the new person anyway, or go back to the search. Focus lands on the first
 * choice, so the clerk answers from the keyboard.
 */
export function DuplicateWarning({
  name,
  duplicates,
  onUse,
  onAddAnyway,
  onCancel,
  choiceLabel = (person) => `Use ${printedName(person)}`,
  cancelLabel = 'Back to the search',
}: {
  name: string;
  duplicates: LikelyDuplicate[];
  onUse: (person: Person) => void;
  onAddAnyway: () => void;
  onCancel: () => void;
  /** The words of the button that takes a person on record instead (default "Use John Smith"). */
  choiceLabel?: (person: Person) => string;
  cancelLabel?: string;
}) {
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), []);
  return (
    <MessageBar
      intent="warning"
      layout="multiline"
      role="alert"
      aria-label={`${name} may already be on record`}
    >
      <MessageBarBody>
        <MessageBarTitle>“{name}” may already be on record</MessageBarTitle>
        {duplicates
          .map(({ person, because }) => `${nameWithDetail(person)}: ${likenessWords[because]}`)
          .join('; ')}
        .
      </MessageBarBody>
      <MessageBarActions>
        {duplicates.map(({ person }, index) => (
          <Button key={person.id} ref={index === 0 ? first : undefined} onClick={() => onUse(person)}>
            {choiceLabel(person)}
          </Button>
        ))}
        <Button onClick={onAddAnyway}>Add “{name}” as a new person</Button>
        <Button onClick={onCancel}>{cancelLabel}</Button>
      </MessageBarActions>
    </MessageBar>
  );
}
