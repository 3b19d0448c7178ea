import type { Proceeding } from './model';

/**
 * Who presided, and when. The member presiding at the start is "in the Chair"; a change of chair recorded in a
 * minute's running order (the new chair presides from that step on) hands the chair over, and it stays handed
 * over for the following minutes, in the order they were taken, until the next change. The casting vote on a tie
 * is the presiding member's at that vote, and the minutes say who was in the Chair for which minutes.
 *
 * @example chairSpells({ openingChairId: 'ada', minutes }) // [{ personId: 'ada', minuteIds: ['m1'] }, { personId: 'ben', minuteIds: ['m2', 'm3'] }]
 */
export type ChairMinute = {
  id: string;
  takenOrder: number;
  proceedings?: readonly Proceeding[];
};

export type ChairInput = {
  /** Presiding at the start: the body's chair if present, else whoever the clerk records; undefined if unknown. */
  openingChairId: string | undefined;
  minutes: readonly ChairMinute[];
};

/** One person's time in the Chair: the minutes during which they presided (a minute handed over counts for both). */
export type ChairSpell = { personId: string | undefined; minuteIds: string[] };

const inOrderTaken = (minutes: readonly ChairMinute[]) =>
  [...minutes].sort((a, b) => a.takenOrder - b.takenOrder);

/** The member presiding at one step of one minute's running order (before the step, at index `step`). */
export function presidingAt(input: ChairInput, minuteId: string, step: number): string | undefined {
  let chair = input.openingChairId;
  for (const minute of inOrderTaken(input.minutes)) {
    const steps = minute.proceedings ?? [];
    const upTo = minute.id === minuteId ? Math.min(step, steps.length) : steps.length;
    for (const proceeding of steps.slice(0, upTo))
      if (proceeding.kind === 'chairChange') chair = proceeding.personId;
    if (minute.id === minuteId) return chair;
  }
  return chair;
}

/** Whose casting vote a tie on this motion is: the member presiding when it was put to the vote. */
export function castingVoteHolder(input: ChairInput, minuteId: string, motionId: string): string | undefined {
  const minute = input.minutes.find((candidate) => candidate.id === minuteId);
  const steps = minute?.proceedings ?? [];
  const vote = steps.findIndex((step) => step.kind === 'putToVote' && step.motionId === motionId);
  return presidingAt(input, minuteId, vote === -1 ? steps.length : vote);
}

/** Each spell in the Chair, in the order they came; a meeting with no change of chair has one. */
export function chairSpells(input: ChairInput): ChairSpell[] {
  const spells: ChairSpell[] = [{ personId: input.openingChairId, minuteIds: [] }];
  for (const minute of inOrderTaken(input.minutes)) {
    let current = spells.at(-1) as ChairSpell;
    current.minuteIds.push(minute.id);
    for (const step of minute.proceedings ?? []) {
      if (step.kind !== 'chairChange' || step.personId === current.personId) continue;
      // Handed over before anything else happened in the minute: the minute is the new chair's alone.
      const before = (minute.proceedings ?? []).indexOf(step);
      if (before === 0 && current.minuteIds.at(-1) === minute.id) current.minuteIds.pop();
      current = { personId: step.personId, minuteIds: [minute.id] };
      spells.push(current);
    }
  }
  return spells.filter((spell, index) => index === 0 || spell.minuteIds.length > 0);
}

/**
 * The lines the minutes print: "Councillor Ada Brown in the Chair" for whoever presided at the start, and
 * "(Councillor Ben Cole in the Chair for minutes 0656/13 to 0658/13)" for each later spell, or "for minute N" for
 * one. Nothing when no one is known to have presided. `numberOf` gives a minute's printed number ('' for an
 * unnumbered section, which is left out of the range).
 */
export function chairLines(
  input: ChairInput,
  nameOf: (personId: string) => string,
  numberOf: (minuteId: string) => string,
): string[] {
  const spells = chairSpells(input);
  const lines: string[] = [];
  for (const [index, spell] of spells.entries()) {
    if (!spell.personId) continue;
    if (index === 0) {
      lines.push(`${nameOf(spell.personId)} in the Chair`);
      continue;
    }
    const numbers = spell.minuteIds.map(numberOf).filter(Boolean);
    const which =
      numbers.length === 0
        ? ''
        : numbers.length === 1
          ? ` for minute ${numbers[0]}`
          : ` for minutes ${numbers[0]} to ${numbers.at(-1)}`;
    lines.push(`(${nameOf(spell.personId)} in the Chair${which})`);
  }
  return lines;
}
