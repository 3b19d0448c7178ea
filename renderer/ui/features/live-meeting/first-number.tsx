import { Field, Input, makeStyles } from '@fluentui/react-components';
import { useState } from 'react';
import { updateCommittee } from '../../../db/repositories/committees';
import type { Committee } from '../../../domain/model';
import { ErrorMessage } from '../../common/error-message';
import { useAction } from '../../common/use-action';

/**
 * Before the first item is taken under continuous numbering: the number the committee's minutes carry on
 * from (its paper minutes ended at 100, so this meeting starts at 101). Once Chamber holds minutes of the
 * committee, numbers follow them and this is not asked.
 */
// The box fits the agenda column however narrow the window, rather than the input's own minimum width.
const useStyles = makeStyles({ box: { minWidth: 0, maxWidth: '100%' } });

export function FirstMinuteNumber({ committee }: { committee: Committee }) {
  const styles = useStyles();
  const [value, setValue] = useState(String(committee.firstMinuteNumber));
  const [problem, setProblem] = useState<string>();
  const [save, saving] = useAction(updateCommittee);
  const commit = () => {
    const number = Number(value);
    if (!Number.isInteger(number) || number < 1) {
      setProblem('Type a whole number, such as 101.');
      return;
    }
    setProblem(undefined);
    if (number !== committee.firstMinuteNumber) void save(committee.id, { firstMinuteNumber: number });
  };
  return (
    <Field
      label="First minute number of this meeting"
      hint="Used when the committee has no minutes in Chamber yet."
      validationMessage={problem}
    >
      <Input
        className={styles.box}
        inputMode="numeric"
        value={value}
        onChange={(_, data) => setValue(data.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit();
        }}
      />
      <ErrorMessage error={saving.error} title="Not changed" />
    </Field>
  );
}
