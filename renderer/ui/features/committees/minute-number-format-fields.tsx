import { Checkbox, Field, Input, Select } from '@fluentui/react-components';
import { printedMinuteNumber, typedMinuteNumber } from '../../../domain/minute-number-format';
import {
  minuteParagraphNumbers,
  minuteYearForms,
  type MinuteParagraphNumbers,
  type Committee,
  type MinuteNumberFormat,
  type MinuteYearForm,
} from '../../../domain/model';
import { labelOptions } from '../../common/label-options';

export const plainMinuteNumberFormat: MinuteNumberFormat = {
  prefix: '',
  suffix: '.',
  width: 0,
  yearForm: 'none',
  agendaNumberBeside: false,
};

/**
 * The format changes a typed first number implies: "0654" keeps its leading zero as a width of 4, so it is
 * not silently printed as 654.
 */
export function formatForTypedNumber(committee: Committee, typed: string): Partial<Committee> {
  const read = typedMinuteNumber(typed);
  if (!read || read.width === 0) return {};
  return {
    minuteNumberFormat: { ...(committee.minuteNumberFormat ?? plainMinuteNumberFormat), width: read.width },
  };
}

type Props = { draft: Committee; change: (changes: Partial<Committee>) => void };

/** How this committee's minute numbers print: prefix, leading zeros, year, suffix, and the agenda number beside. */
export function MinuteNumberFormatFields({ draft, change }: Props) {
  const format = draft.minuteNumberFormat ?? plainMinuteNumberFormat;
  const set = (changes: Partial<MinuteNumberFormat>) =>
    change({ minuteNumberFormat: { ...format, ...changes } });
  const example = printedMinuteNumber(String(draft.firstMinuteNumber || 1), format, new Date().getFullYear());
  return (
    <fieldset aria-label="How minute numbers print">
      <legend>How minute numbers print (for example {example})</legend>
      <Field label="Before the number">
        <Input value={format.prefix} onChange={(_, data) => set({ prefix: data.value })} />
      </Field>
      <Field label="Digits, with leading zeros (0 for none)">
        <Input
          inputMode="numeric"
          value={String(format.width)}
          onChange={(_, data) => set({ width: Math.min(9, Number(data.value.replace(/\D/g, '')) || 0) })}
        />
      </Field>
      <Field label="Year after the number">
        <Select
          value={format.yearForm}
          onChange={(_, data) => set({ yearForm: data.value as MinuteYearForm })}
        >
          {labelOptions(minuteYearForms)}
        </Select>
      </Field>
      <Field label="After the number">
        <Input value={format.suffix} onChange={(_, data) => set({ suffix: data.value })} />
      </Field>
      <Field label="Numbered paragraphs within a minute">
        <Select
          value={format.paragraphNumbers ?? 'list'}
          onChange={(_, data) => set({ paragraphNumbers: data.value as MinuteParagraphNumbers })}
        >
          {labelOptions(minuteParagraphNumbers)}
        </Select>
      </Field>
      <Checkbox
        label="Print “(Agenda item N)” under a minute whose number differs from its agenda number"
        checked={format.agendaNumberBeside}
        onChange={(_, data) => set({ agendaNumberBeside: Boolean(data.checked) })}
      />
    </fieldset>
  );
}
