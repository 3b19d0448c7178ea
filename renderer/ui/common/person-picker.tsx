import { Combobox, Field, Option, OptionGroup, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Person } from '../../domain/model';
import { likelyDuplicates, type LikelyDuplicate } from '../../domain/person-likeness';
import { nameWithDetail, printedName, sortedBySurname } from '../../domain/person-name';
import { normalisePersonName } from '../../domain/people-import/duplicates';
import { DuplicateWarning } from './duplicate-warning';

const useStyles = makeStyles({
  picker: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: '16rem' },
});

/** The option that stands for "someone not on record yet": never a person's id (ids are UUIDs). */
const newOption = '\u0000new';

/** How the picker offers someone who is not on record. */
export type NewPersonChoice = {
  /** The option's words for a typed name: 'Add a new person: “J. Smith”'. */
  label?: (typed: string) => string;
  /** Warn of likely duplicates (same surname and initials, same email) before taking the name. */
  warnOfDuplicates?: boolean;
  /** Takes the typed name, once any warning is passed. */
  onChoose: (name: string) => void;
};

export type PersonPickerProps = {
  label: string;
  /** The people who may be chosen here (the members at a meeting, everyone on record...). */
  people: readonly Person[];
  /** The person chosen, '' for nobody. */
  personId: string;
  onChange: (personId: string) => void;
  /** Offer a name not on record as an explicit choice; left out, only people on record can be chosen. */
  newPerson?: NewPersonChoice;
  /** Whom a new name is checked against for duplicates: everyone on record (defaults to `people`). */
  everyone?: readonly Person[];
  /** Shown in the box when nobody is chosen, e.g. a name typed earlier and not on record. */
  text?: string;
  /** Hears what is typed while nobody is chosen (a form that takes a typed name as a new person on saving). */
  onTextChange?: (text: string) => void;
  required?: boolean;
  validationMessage?: string;
  hint?: string;
  placeholder?: string;
  disabled?: boolean;
  /**
   * Why the name typed is not offered, when the form says so beside the box (a member who may not vote): the list
   * then never says "Nobody on record matches", which would contradict it, since that person is on record.
   */
  whyNotOffered?: string;
  /** Marks the box for the live screen's keys (see live-shortcuts). */
  liveFocus?: string;
  /**
   * People listed first, under their own heading (the meeting's substitutes, the members in the room), then
   * everyone else under `restLabel`; each part sorted by surname.
   */
  first?: { label: string; ids: ReadonlySet<string>; restLabel: string };
  /**
   * After a person is picked with Enter or the mouse, the focus moves on to the next field of the form, where the
   * clerk types next (Tab picks and moves on by itself).
   */
  moveOnWhenPicked?: boolean;
};

const focusable = 'input, select, textarea, button, [tabindex]';

/** The field after `box` in its form (or its page), as Tab would reach it. */
function focusFieldAfter(box: HTMLElement): void {
  const scope = box.closest('form') ?? document.body;
  const fields = [...scope.querySelectorAll<HTMLElement>(focusable)].filter(
    (field) => field.tabIndex >= 0 && !field.matches(':disabled') && field.getClientRects().length > 0,
  );
  fields[fields.indexOf(box) + 1]?.focus();
}

function matches(person: Person, words: string[]): boolean {
  const haystack = normalisePersonName(
    `${person.title} ${person.name} ${person.group} ${person.position} ${person.email}`,
  );
  return words.every((word) => haystack.includes(word));
}

/**
 * Choose a person by typing part of their name (or group, or email) and picking from the people on record,
 * sorted by surname: Down/Up move through the list, Enter picks, Escape closes it. With `newPerson`, a name not
 * on record is one more explicit choice, "Add a new person", checked for likely duplicates first, so the same
 * councillor is not entered twice under two spellings.
 *
 * @example
 *   <PersonPicker label="Owner" people={people} personId={ownerId} onChange={setOwnerId} />
 */
export function PersonPicker(props: PersonPickerProps) {
  const { label, people, personId, onChange, newPerson, everyone = people } = props;
  const styles = useStyles();
  const chosen = people.find((person) => person.id === personId) ?? everyone.find((p) => p.id === personId);
  const shown = chosen ? printedName(chosen) : (props.text ?? '');
  const [query, setQuery] = useState(shown);
  const [warning, setWarning] = useState<{ name: string; duplicates: LikelyDuplicate[] }>();
  const box = useRef<HTMLInputElement>(null);
  // A choice made or cleared elsewhere (the form reset after adding) shows in the box; a choice cleared by
  // typing over it does not wipe what is being typed.
  const clearedByTyping = useRef(false);
  useEffect(() => {
    if (clearedByTyping.current) clearedByTyping.current = false;
    else setQuery(shown);
  }, [shown]);
  const sorted = useMemo(() => sortedBySurname(people), [people]);
  const words = normalisePersonName(query).split(' ').filter(Boolean);
  // Nobody chosen: what is in the box is a search. Someone chosen: their name lists everyone, to change it.
  const typing = !chosen || query !== shown;
  const listed = typing && words.length > 0 ? sorted.filter((person) => matches(person, words)) : sorted;
  const typed = query.trim();
  const exact = listed.some((person) => normalisePersonName(person.name) === normalisePersonName(typed));
  const offerNew = newPerson && typed && !exact && typing;
  const firstIds = props.first?.ids;
  const parts = firstIds
    ? [
        { label: props.first?.label ?? '', people: listed.filter((person) => firstIds.has(person.id)) },
        { label: props.first?.restLabel ?? '', people: listed.filter((person) => !firstIds.has(person.id)) },
      ].filter((part) => part.people.length > 0)
    : [];
  const option = (person: Person) => (
    <Option key={person.id} value={person.id} text={printedName(person)}>
      {nameWithDetail(person)}
    </Option>
  );

  const moveOn = () => {
    // Once the list has closed and given the focus back to the box (a click on an option does).
    const picker = box.current;
    if (props.moveOnWhenPicked && picker) requestAnimationFrame(() => focusFieldAfter(picker));
  };
  const pick = (person: Person, byTab = false) => {
    setWarning(undefined);
    onChange(person.id);
    setQuery(printedName(person));
    if (!byTab) moveOn();
  };
  const takeNew = (name: string, byTab: boolean) => {
    const duplicates = newPerson?.warnOfDuplicates ? likelyDuplicates({ name }, everyone) : [];
    if (duplicates.length > 0) setWarning({ name, duplicates });
    else {
      newPerson?.onChoose(name);
      if (!byTab) moveOn();
    }
  };

  return (
    <div className={styles.picker}>
      <Field
        label={label}
        required={props.required}
        validationMessage={props.validationMessage}
        hint={props.hint}
      >
        <Combobox
          ref={box}
          freeform
          // No option is highlighted until the clerk moves to one or types the start of a name, so Tab after a
          // name that is nobody's never picks someone else.
          disableAutoFocus
          // The arrow opens the list by mouse; from the keyboard, Down or Alt+Down in the box does, so the arrow is
          // not one more Tab stop between this field and the next.
          expandIcon={{ tabIndex: -1 }}
          disabled={props.disabled}
          placeholder={props.placeholder ?? 'Type a name to search'}
          value={query}
          selectedOptions={chosen ? [chosen.id] : []}
          data-live-focus={props.liveFocus}
          onChange={(event) => {
            setQuery(event.target.value);
            props.onTextChange?.(event.target.value);
            setWarning(undefined);
            if (personId) {
              clearedByTyping.current = true;
              onChange('');
            }
          }}
          // Enter with one person left in the list picks them, though none is highlighted (the list's own Enter
          // picks only a highlighted option): "Idai", Enter, and Councillor Idaikkadar is chosen.
          onKeyDown={(event) => {
            const input = event.currentTarget;
            const only = listed.length === 1 ? listed[0] : undefined;
            const highlighted = input.getAttribute('aria-activedescendant');
            if (event.key !== 'Enter' || !only || !typing || words.length === 0 || highlighted) return;
            if (input.getAttribute('aria-expanded') !== 'true') return;
            event.preventDefault();
            pick(only);
          }}
          onOptionSelect={(event, data) => {
            // Tab picks the option and moves on by itself.
            const byTab = 'key' in event && event.key === 'Tab';
            if (data.optionValue === newOption) {
              takeNew(typed, byTab);
              return;
            }
            const person = people.find((one) => one.id === data.optionValue);
            if (person) pick(person, byTab);
          }}
        >
          {firstIds
            ? parts.map((part) => (
                <OptionGroup key={part.label} label={part.label}>
                  {part.people.map(option)}
                </OptionGroup>
              ))
            : listed.map(option)}
          {offerNew ? (
            // Its text does not begin with the typed name, so typing never makes it the active option that Tab
            // would pick: a new person is only ever chosen on purpose.
            <Option value={newOption} text={newPerson.label?.(typed) ?? `Add a new person: “${typed}”`}>
              {newPerson.label?.(typed) ?? `Add a new person: “${typed}”`}
            </Option>
          ) : null}
          {listed.length === 0 && !offerNew && !props.whyNotOffered ? (
            <Option value="" text={query} disabled>
              Nobody on record matches “{typed}”
            </Option>
          ) : null}
        </Combobox>
      </Field>
      {warning ? (
        <DuplicateWarning
          name={warning.name}
          duplicates={warning.duplicates}
          onUse={(person) => {
            setWarning(undefined);
            onChange(person.id);
            setQuery(printedName(person));
            box.current?.focus();
            moveOn();
          }}
          onAddAnyway={() => {
            setWarning(undefined);
            newPerson?.onChoose(warning.name);
            box.current?.focus();
            moveOn();
          }}
          onCancel={() => {
            setWarning(undefined);
            box.current?.focus();
          }}
        />
      ) : null}
    </div>
  );
}
