import { unfoldIcs } from '../../../../renderer/documents/calendar/ics-lines';

export type ReadEvent = Record<string, string>;

/** A minimal iCalendar reader for the tests: unfolds lines, splits events, unescapes text values. */
export function readIcs(bytes: Uint8Array): { lines: string[]; events: ReadEvent[] } {
  const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  const lines = unfoldIcs(text);
  const events: ReadEvent[] = [];
  let current: ReadEvent | undefined;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') current = {};
    else if (line === 'END:VEVENT' && current) {
      events.push(current);
      current = undefined;
    } else if (current) {
      const colon = line.indexOf(':');
      const name = line.slice(0, colon).split(';')[0] ?? '';
      current[name] = line
        .slice(colon + 1)
        .replace(/\\n/g, '\n')
        .replace(/\\([,;\\])/g, '$1');
    }
  }
  return { lines, events };
}
