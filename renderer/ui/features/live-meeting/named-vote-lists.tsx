import { Button } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { VoteChoice } from '../../../domain/model';
import { normalisePersonName } from '../../../domain/people-import/duplicates';
import { causesWords, type VotingRoll } from '../../../domain/vote-eligibility';
import { focusWhenDrawn } from '../../common/focus-next';
import { PersonPicker } from '../../common/person-picker';
import { useLiveStyles } from './live-styles';
import { nameIn, type MeetingFrame } from './use-live-meeting';

/** How each member voted, in the order the clerk called them ('' in drafts kept before the lists: no vote). */
export type NamedChoices = Record<string, VoteChoice | ''>;

const sides = [
  { choice: 'for', title: 'For', verb: 'voting for' },
  { choice: 'against', title: 'Against', verb: 'voting against' },
  { choice: 'abstain', title: 'Abstained', verb: 'abstaining' },
] as const;

/** Whether every word typed is in the person's name: the picker's own search, for saying why nobody is offered. */
function typedIs(typed: string, name: string): boolean {
  const words = normalisePersonName(typed).split(' ').filter(Boolean);
  const haystack = normalisePersonName(name);
  return words.length > 0 && words.every((word) => haystack.includes(word));
}

/**
 * A recorded vote as the clerk calls it: the names for, against and abstaining, each list filled by typing a
 * name and Enter (or the arrows, then Enter), the focus staying in the list for the next name. Only members who
 * may vote on the item now, and not already named, are offered; a name typed of someone who may not vote is
 * refused there and then, saying why. A member named before they were kept out (a bar recorded after the roll
 * was taken) stays in their list, marked, so the clerk sees why the vote is refused and can take them off.
 */
export function NamedVoteLists({
  motionId,
  roll,
  frame,
  choices,
  onChange,
}: {
  motionId: string;
  roll: VotingRoll;
  frame: MeetingFrame;
  choices: NamedChoices;
  onChange: (choices: NamedChoices) => void;
}) {
  const live = useLiveStyles();
  const [typed, setTyped] = useState<Partial<Record<VoteChoice, string>>>({});
  // Each name added draws a fresh, empty box in its list, which then takes the focus for the next name.
  const [added, setAdded] = useState<{ choice: VoteChoice; counts: Partial<Record<VoteChoice, number>> }>();
  const boxOf = (choice: VoteChoice) => `vote-${choice}-${motionId}`;
  useEffect(() => {
    if (added) focusWhenDrawn(`[data-live-focus="vote-${added.choice}-${motionId}"]`);
  }, [added, motionId]);
  const named = Object.entries(choices).flatMap(([personId, choice]) =>
    choice ? [{ personId, choice }] : [],
  );
  const isNamed = new Set(named.map((line) => line.personId));
  const offered = roll.eligible
    .filter((personId) => !isNamed.has(personId))
    .flatMap((personId) => frame.people.get(personId) ?? []);
  const add = (choice: VoteChoice, personId: string) => {
    if (!personId) return;
    const next = { ...choices };
    delete next[personId];
    onChange({ ...next, [personId]: choice });
    setTyped({ ...typed, [choice]: '' });
    setAdded({ choice, counts: { ...added?.counts, [choice]: (added?.counts[choice] ?? 0) + 1 } });
  };
  const takeOff = (personId: string) => {
    const next = { ...choices };
    delete next[personId];
    onChange(next);
  };
  /** Why a name typed is not offered: they may not vote, or are already in a list. */
  const refusal = (text: string | undefined): string | undefined => {
    if (!text?.trim() || offered.some((person) => typedIs(text, `${person.title} ${person.name}`))) return;
    const keptOut = roll.excluded.find((member) => typedIs(text, nameIn(frame.people, member.personId)));
    if (keptOut)
      return `${nameIn(frame.people, keptOut.personId)} cannot be added: ${causesWords(keptOut.causes)}.`;
    const already = named.find((line) => typedIs(text, nameIn(frame.people, line.personId)));
    if (already) {
      const verb = sides.find((side) => side.choice === already.choice)?.verb ?? '';
      return `${nameIn(frame.people, already.personId)} is already named as ${verb}: take them off that list first.`;
    }
    return undefined;
  };
  return (
    <div className={live.row} role="group" aria-label="How each member voted">
      {sides.map(({ choice, title }) => {
        const theirs = named.filter((line) => line.choice === choice);
        const why = refusal(typed[choice]);
        return (
          <div key={choice} role="group" aria-label={`Named as ${title.toLowerCase()}`}>
            <PersonPicker
              key={`${choice}/${added?.counts[choice] ?? 0}`}
              label={`${title}: add a name`}
              liveFocus={boxOf(choice)}
              people={offered}
              personId=""
              onChange={(personId) => add(choice, personId)}
              onTextChange={(text) => setTyped({ ...typed, [choice]: text })}
              placeholder="Type a name, then Enter"
              whyNotOffered={why}
            />
            {why ? (
              <p role="alert" className={live.hint}>
                {why}
              </p>
            ) : null}
            <ol aria-label={`${title} (${theirs.length})`} className={live.list}>
              {theirs.map(({ personId }) => {
                const excluded = roll.excluded.find((member) => member.personId === personId);
                const name = nameIn(frame.people, personId);
                return (
                  <li key={personId}>
                    {name}
                    {excluded ? ` (cannot vote: ${causesWords(excluded.causes)})` : ''}{' '}
                    <Button
                      size="small"
                      appearance="subtle"
                      aria-label={`Take ${name} off the list ${title.toLowerCase()}`}
                      onClick={() => takeOff(personId)}
                    >
                      Remove
                    </Button>
                  </li>
                );
              })}
            </ol>
          </div>
        );
      })}
    </div>
  );
}

/** The names a recorded vote is sent with: only those on screen, in the order the clerk named them. */
export function namedChoices(choices: NamedChoices): { personId: string; choice: VoteChoice }[] {
  return Object.entries(choices).flatMap(([personId, choice]) => (choice ? [{ personId, choice }] : []));
}
