import { Button, Field, Input, Select, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { standingItemKinds, type StandingItem, type StandingItemKind } from '../../../domain/model';

const useStyles = makeStyles({
  row: {
    display: 'grid',
    gridTemplateColumns: 'minmax(10rem, 1fr) minmax(14rem, 3fr) auto',
    gap: tokens.spacingHorizontalS,
    alignItems: 'end',
    '@media (max-width: 720px)': { gridTemplateColumns: '1fr' },
  },
  tools: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  wording: { gridColumn: '1 / -1' },
});

/**
 * The committee's standing items template: what every new meeting's agenda starts with, in order, each with
 * the council's own wording for it where it has some.
 */
export function StandingItemsEditor({
  items,
  onChange,
}: {
  items: StandingItem[];
  onChange: (next: StandingItem[]) => void;
}) {
  const styles = useStyles();
  const update = (index: number, changes: Partial<StandingItem>) =>
    onChange(items.map((item, at) => (at === index ? { ...item, ...changes } : item)));
  const move = (index: number, by: number) => {
    const next = [...items];
    const [item] = next.splice(index, 1);
    if (item) next.splice(index + by, 0, item);
    onChange(next);
  };
  return (
    <>
      {items.map((item, index) => (
        <fieldset key={index} className={styles.row} aria-label={`Standing item ${index + 1}`}>
          <Field label={`Kind (standing item ${index + 1})`}>
            <Select
              value={item.kind}
              onChange={(_, data) => update(index, { kind: data.value as StandingItemKind })}
            >
              {standingItemKinds.map((kind) => (
                <option key={kind} value={kind}>
                  {kind}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={`Title (standing item ${index + 1})`}>
            <Input value={item.title} onChange={(_, data) => update(index, { title: data.value })} />
          </Field>
          <span className={styles.tools}>
            <Button size="small" disabled={index === 0} onClick={() => move(index, -1)}>
              Move standing item {index + 1} up
            </Button>
            <Button size="small" disabled={index === items.length - 1} onClick={() => move(index, 1)}>
              Move standing item {index + 1} down
            </Button>
            <Button size="small" onClick={() => onChange(items.filter((_, at) => at !== index))}>
              Remove standing item {index + 1}
            </Button>
          </span>
          <Field
            className={styles.wording}
            label={`Wording (standing item ${index + 1})`}
            hint="The council’s own words for this item (from its handbook, say): copied into each new meeting’s item and printed on the agenda under its title. Blank: the title alone."
          >
            <Textarea
              resize="vertical"
              value={item.description}
              onChange={(_, data) => update(index, { description: data.value })}
            />
          </Field>
        </fieldset>
      ))}
      <div>
        <Button onClick={() => onChange([...items, { kind: 'other', title: '', description: '' }])}>
          Add a standing item
        </Button>
      </div>
    </>
  );
}
