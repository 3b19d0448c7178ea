import { makeStyles, tokens } from '@fluentui/react-components';
import { ErrorCircle16Regular } from '@fluentui/react-icons';
import { shownText, type ShownValue } from '../../domain/shown-value';

const useStyles = makeStyles({
  marked: {
    color: tokens.colorStatusDangerForeground1,
    fontWeight: tokens.fontWeightSemibold,
    display: 'inline-flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXXS,
  },
});

/**
 * A stored value on a screen (from domain/shown-value.ts): its text when it reads, else a mark saying which
 * field is not valid and what was stored, in words (read out as they stand) as well as colour and an icon,
 * with where to correct it when the screen has the form ("correct it below").
 *
 * @example <StoredValue value={shownTime(meeting.startTime)} field="Start time" fix="correct it below" />
 */
export function StoredValue({ value, field, fix }: { value: ShownValue; field: string; fix?: string }) {
  const styles = useStyles();
  if (value.valid) return <>{value.text}</>;
  return (
    <span className={styles.marked} data-invalid-field={field}>
      <ErrorCircle16Regular aria-hidden />
      {shownText(value, field)}
      {fix ? ` — ${fix}` : ''}
    </span>
  );
}
