import { Field, Input, Select, makeStyles, tokens } from '@fluentui/react-components';
import {
  actionsForms,
  attendanceForms,
  closingLines,
  commonChairTitles,
  houseStyleOf,
  memberNamesForms,
  minutesHeadingForms,
  motionWordings,
  partAHeadings,
  recordedVoteLayouts,
  recordKinds,
  resolvedForms,
  type HouseStyle,
  type StoredHouseStyle,
} from '../../../domain/house-style';
import { houseStylePreview } from '../../../domain/house-style-preview';
import { labelOptions } from '../../common/label-options';

type Choice = Exclude<keyof HouseStyle, 'chairTitle' | 'viceChairTitle'>;

const choiceFields: { key: Choice; label: string; values: Readonly<Record<string, string>> }[] = [
  { key: 'resolvedForm', label: 'Resolutions read', values: resolvedForms },
  { key: 'memberNames', label: 'Members are named', values: memberNamesForms },
  { key: 'minutesHeading', label: 'Minutes are headed', values: minutesHeadingForms },
  { key: 'attendanceForm', label: 'Attendance is printed as', values: attendanceForms },
  { key: 'motionWording', label: 'Motions read', values: motionWordings },
  { key: 'recordedVotes', label: 'Recorded votes are printed as', values: recordedVoteLayouts },
  { key: 'partAHeading', label: 'Part A heading', values: partAHeadings },
  { key: 'closingLine', label: 'The minutes close with', values: closingLines },
  { key: 'actionsForm', label: 'Actions are printed', values: actionsForms },
  { key: 'recordKind', label: 'The record of a meeting is', values: recordKinds },
];

const useStyles = makeStyles({
  preview: {
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalM,
    fontFamily: 'Arial, sans-serif',
    whiteSpace: 'pre-wrap',
  },
});

/**
 * How the council writes its minutes, with a minute previewed in the chosen style. On a committee (`inherited`
 * given) each choice can be left "as the organisation", and only what differs is stored.
 */
export function HouseStyleFields({
  style,
  onChange,
  inherited,
}: {
  style: StoredHouseStyle | undefined;
  onChange: (style: StoredHouseStyle) => void;
  /** The organisation's style, when these are a committee's own choices over it. */
  inherited?: HouseStyle;
}) {
  const styles = useStyles();
  const stored = style ?? {};
  const shown = inherited
    ? houseStyleOf({ houseStyle: inherited }, { houseStyle: stored })
    : houseStyleOf({ houseStyle: stored });
  const set = (changes: StoredHouseStyle) => {
    const next: StoredHouseStyle = { ...stored, ...changes };
    for (const [key, value] of Object.entries(next)) if (value === '') delete next[key as keyof HouseStyle];
    onChange(next);
  };
  const preview = houseStylePreview(shown);
  return (
    <fieldset aria-label="House style">
      <legend>House style{inherited ? ' for this committee' : ''}</legend>
      <Field
        label="The chair’s title"
        hint={`${inherited ? `Blank: as the organisation (${inherited.chairTitle}). ` : ''}For example ${commonChairTitles.join(', ')}.`}
      >
        <Input
          value={stored.chairTitle ?? ''}
          placeholder={inherited?.chairTitle ?? 'Chair'}
          onChange={(_, data) => set({ chairTitle: data.value })}
        />
      </Field>
      <Field label="The vice-chair’s title">
        <Input
          value={stored.viceChairTitle ?? ''}
          placeholder={inherited?.viceChairTitle ?? 'Vice-Chair'}
          onChange={(_, data) => set({ viceChairTitle: data.value })}
        />
      </Field>
      {choiceFields.map(({ key, label, values }) => (
        <Field key={key} label={label}>
          <Select
            value={stored[key] ?? (inherited ? '' : shown[key])}
            onChange={(_, data) => set({ [key]: data.value })}
          >
            {inherited ? <option value="">As the organisation: {values[inherited[key]]}</option> : null}
            {labelOptions(values)}
          </Select>
        </Field>
      ))}
      <Field label="A minute in this style">
        <div className={styles.preview} role="document" aria-label="A minute in this style">
          {preview.join('\n')}
        </div>
      </Field>
    </fieldset>
  );
}
