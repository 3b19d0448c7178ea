/**
 * The long text fields: what a clerk writes at length. Changed on two laptops since their last common
 * version, both versions are kept as a conflict instead of the later one silently winning. Short fields
 * (numbers, flags, dates, order) take the later change.
 */
export const longTextFields: Readonly<Record<string, readonly string[]>> = {
  minutes: ['text', 'conclusions', 'proceedings'],
  minuteRevisions: ['text'],
  resolutions: ['text', 'clauses'],
  agendaItems: ['description', 'recommendation', 'publicInterestReason', 'specialCircumstances'],
  actions: ['text', 'outcome', 'updates'],
  motions: ['text', 'textAsAmended'],
  declarations: ['nature'],
  meetingEvents: ['note'],
  interests: ['description'],
  phrases: ['text'],
  individualDecisions: [
    'decision',
    'reasons',
    'alternatives',
    'dispensations',
    'interests',
    'publicInterestReason',
  ],
  plannedDecisions: ['privateReason'],
};

export function isLongText(table: string, field: string): boolean {
  return longTextFields[table]?.includes(field) ?? false;
}

/** Whether a value holds any words worth keeping (an empty paragraph is not a version worth a conflict). */
export function hasWords(value: unknown): boolean {
  if (typeof value === 'string') return value.trim().length > 0;
  if (Array.isArray(value)) return value.some(hasWords);
  if (value && typeof value === 'object') return Object.values(value).some(hasWords);
  return false;
}
