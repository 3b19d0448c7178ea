import type { Phrase } from './model';

/**
 * Standard wording the clerk drops into a minute with Alt and a digit. The organisation edits its own list;
 * these are where a new laptop starts.
 */
export const defaultPhrases: readonly Omit<Phrase, 'id'>[] = [
  { order: 1, label: 'Report noted (RESOLVED)', text: 'RESOLVED: That the report be noted.' },
  { order: 2, label: 'Members asked...', text: 'Members asked ' },
  { order: 3, label: 'Officers advised...', text: 'Officers advised ' },
  { order: 4, label: 'Report noted (AGREED)', text: 'AGREED: That the report be noted.' },
];

/** The phrase on a shortcut digit (1-9), the lowest order winning if two share one. */
export function phraseOnDigit(phrases: readonly Phrase[], digit: number): Phrase | undefined {
  return [...phrases].sort((a, b) => a.order - b.order).find((phrase) => phrase.order === digit);
}

/** What is wrong with a phrase as the organisation typed it; empty when it can be kept. */
export function phraseProblems(phrase: Pick<Phrase, 'label' | 'text' | 'order'>): string[] {
  const problems: string[] = [];
  if (!phrase.text.trim()) problems.push('Type the wording the phrase inserts.');
  if (!Number.isInteger(phrase.order) || phrase.order < 1 || phrase.order > 9)
    problems.push('Give the phrase a key from 1 to 9.');
  return problems;
}
