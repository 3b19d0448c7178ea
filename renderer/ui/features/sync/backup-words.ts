import { clockTimeOf, formatClockTime, formatLongDate, toIsoDate } from '../../../domain/en-gb';

/** "Wednesday 13 March 2013 at 6.00 pm", in this laptop's time. */
export function backupMadeWords(madeAt: Date): string {
  return `${formatLongDate(toIsoDate(madeAt))} at ${formatClockTime(clockTimeOf(madeAt))}`;
}

/** "840 KB", "2.3 MB": how big a backup is, to the nearest useful unit. */
export function sizeWords(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
