/**
 * Phrases planted once in the archive, in the first meeting of the first committee: tests and benchmarks search
 * for them and know exactly where they must be found.
 */
export const landmarks = {
  /** In the minute of the first report item. */
  minutePhrase: 'Kittiwake Lane footbridge',
  minuteSentence:
    'Members discussed the Kittiwake Lane footbridge repairs and the temporary diversion for pedestrians.',
  /** In the attached report of the second report item (the .docx text, not the agenda). */
  reportPhrase: 'Brackenfold reservoir desilting',
  reportSentence: 'The Brackenfold reservoir desilting contract was awarded after a competitive tender.',
} as const;
