import { toIsoDate } from '../../../domain/en-gb';

/** Today's date on this laptop, as the clerk's calendar has it. */
export function today(): string {
  return toIsoDate(new Date());
}
