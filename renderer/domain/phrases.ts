import { resolutionVerbs, type Phrase, type ResolutionVerb } from './model';

/**
 * Standard wording the clerk drops into a minute with Alt and a digit. The organisation edits its own list;
 * these are where a new laptop starts.
 */
export const defaultPhrases: readonly Omit<Phrase, 'id'>[] = [
  {
    order: 1,
    label: 'Report noted (RESOLVED)',
    kind: 'resolution',
    verb: 'resolved',
    text: 'That the report be noted.',
  },
  { order: 2, label: 'Members asked...', kind: 'text', text: 'Members asked ' },
  { order: 3, label: 'Officers advised...', kind: 'text', text: 'Officers advised ' },
  {
    order: 4,
    label: 'Report noted (AGREED)',
    kind: 'resolution',
    verb: 'agreed',
    text: 'That the report be noted.',
  },
];

/**
 * A phrase stored before phrases had kinds, as it was meant: wording that starts "RESOLVED: That ..." (or
 * AGREED, RECOMMENDED) is a resolution, its verb taken off the front; anything else is plain text. A phrase
 * that already has a kind is kept as it is.
 *
 * @example phraseWithKind({ label: 'Noted', order: 1, text: 'RESOLVED: That the report be noted.' })
 * // { label: 'Noted', order: 1, kind: 'resolution', verb: 'resolved', text: 'That the report be noted.' }
 */
export function phraseWithKind<T extends Pick<Phrase, 'text' | 'kind' | 'verb'>>(phrase: T): T {
  if (phrase.kind) return phrase;
  const resolution = /^\s*(RESOLVED|AGREED|RECOMMENDED)\b\s*[:\-–]?\s*(that\b[\s\S]*)$/i.exec(phrase.text);
  if (!resolution) return { ...phrase, kind: 'text' };
  const verb = (Object.keys(resolutionVerbs) as ResolutionVerb[]).find(
    (key) => resolutionVerbs[key] === resolution[1]?.toUpperCase(),
  );
  const words = resolution[2] ?? '';
  return {
    ...phrase,
    kind: 'resolution',
    verb: verb ?? 'resolved',
    text: words.charAt(0).toUpperCase() + words.slice(1),
  };
}

/**
 * The resolution's lines once a resolution phrase is used on it (resolution-text.ts reads the lines): the
 * phrase's wording on an empty resolution; a further clause after what the clerk has already written, which is
 * never written over; nothing new when the resolution already says it.
 */
export function resolutionLinesAfterPhrase(lines: string, wording: string): string {
  const said = wording.trim();
  const before = lines.trim();
  if (!before) return said;
  if (before.split(/\r?\n/).some((line) => line.trim() === said)) return lines;
  return `${lines.replace(/\s+$/, '')}\n${said}`;
}

/** The phrase on a shortcut digit (1-9), the lowest order winning if two share one. */
export function phraseOnDigit(phrases: readonly Phrase[], digit: number): Phrase | undefined {
  return [...phrases].sort((a, b) => a.order - b.order).find((phrase) => phrase.order === digit);
}

/** What is wrong with a phrase as the organisation typed it; empty when it can be kept. */
export function phraseProblems(
  phrase: Pick<Phrase, 'label' | 'text' | 'order'> & { kind?: string },
): string[] {
  const problems: string[] = [];
  if (!phrase.text.trim())
    problems.push(
      phrase.kind === 'resolution'
        ? 'Type the resolution the phrase makes, such as “That the report be noted.”'
        : 'Type the wording the phrase inserts.',
    );
  if (!Number.isInteger(phrase.order) || phrase.order < 1 || phrase.order > 9)
    problems.push('Give the phrase a key from 1 to 9.');
  return problems;
}
