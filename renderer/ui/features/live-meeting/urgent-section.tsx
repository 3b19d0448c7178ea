import { Field, Textarea } from '@fluentui/react-components';
import { useCallback, useState } from 'react';
import { updateAgendaItem } from '../../../db/repositories/agenda';
import type { AgendaItem } from '../../../domain/model';
import { ErrorMessage } from '../../common/error-message';
import { useAutosave } from '../../common/use-autosave';
import { useLiveStyles } from './live-styles';

/** An urgent item may be taken only for special circumstances, which the minutes must state (s100B(4)(b)). */
export function UrgentSection({ item }: { item: AgendaItem }) {
  const live = useLiveStyles();
  const [text, setText] = useState(item.specialCircumstances);
  const save = useCallback(
    (value: string) => updateAgendaItem(item.id, { specialCircumstances: value }),
    [item.id],
  );
  const problem = useAutosave(text, save);
  return (
    <section className={live.section} aria-label="Urgent item">
      <h3 className={live.sectionTitle}>
        Urgent item: special circumstances <span className={live.key}>Alt+U</span>
      </h3>
      <ErrorMessage error={problem} title="Not stored yet" />
      <Field
        label="Special circumstances the Chair gave for taking it"
        validationState={text.trim() ? 'none' : 'warning'}
        validationMessage={text.trim() ? undefined : 'The minutes must state the special circumstances.'}
      >
        <Textarea data-live-focus="urgent" value={text} onChange={(_, data) => setText(data.value)} />
      </Field>
    </section>
  );
}
