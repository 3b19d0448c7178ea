import { useLiveQuery } from 'dexie-react-hooks';
import { loadDeadlineRules } from '../../../db/repositories/bank-holidays';
import {
  meetingWhenWarnings,
  type MeetingWhenWarnings,
} from '../../../domain/calendar/meeting-when-warnings';
import { toIsoDate } from '../../../domain/en-gb';

/**
 * Warnings for a meeting's day and start time as the clerk types them (domain/calendar/meeting-when-warnings),
 * with the organisation's bank holidays. Warnings only: the form still saves.
 */
export function useWhenWarnings(when: { date?: string; startTime?: string }): MeetingWhenWarnings {
  const rules = useLiveQuery(() => loadDeadlineRules(), []);
  return meetingWhenWarnings(when, { today: toIsoDate(new Date()), calendar: rules?.calendar });
}

/** A Field's state and message: a problem refuses (error), a warning only asks the clerk to check. */
export function fieldSays(problem: string | undefined, warning: string | undefined) {
  if (problem) return { validationState: 'error', validationMessage: problem } as const;
  if (warning) return { validationState: 'warning', validationMessage: warning } as const;
  return {};
}
