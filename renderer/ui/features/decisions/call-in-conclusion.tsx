import { Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { concludeCallIn } from '../../../db/repositories/executive-decisions';
import type { AgendaItem } from '../../../domain/model';
import { ErrorMessage } from '../../common/error-message';
import { offerUndo } from '../../common/undo';
import { useAction } from '../../common/use-action';

const useStyles = makeStyles({
  form: { display: 'flex', flexWrap: 'wrap', alignItems: 'end', gap: tokens.spacingHorizontalM },
});

async function conclude(item: AgendaItem, name: string, on: string) {
  await concludeCallIn(item.id, on);
  offerUndo({
    scope: `decision/${item.id}`,
    what: `Scrutiny's conclusion of the call-in of ${name} is recorded.`,
    undo: () => concludeCallIn(item.id, undefined),
  });
  return true;
}

/** The day scrutiny concluded the call-in: the decision's implementation moves to the next working day. */
export function CallInConclusion({ item, name, today }: { item: AgendaItem; name: string; today: string }) {
  const styles = useStyles();
  const [on, setOn] = useState(today);
  const [run, { busy, error }] = useAction(conclude);
  if (item.executiveDecision?.callIn?.concludedOn) return null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(item, name, on);
  };
  return (
    <form className={styles.form} aria-label="Scrutiny's conclusion" onSubmit={submit}>
      <ErrorMessage error={error} title="The conclusion was not recorded" />
      <Field label="Scrutiny concluded the call-in on">
        <Input type="date" value={on} onChange={(_, data) => setOn(data.value)} />
      </Field>
      <Button type="submit" disabled={busy}>
        Record scrutiny's conclusion
      </Button>
    </form>
  );
}
