import { describe, expect, it } from 'vitest';
import { meetingStatuses } from '../../../renderer/domain/model';
import { shownChoice, shownDate, shownText, shownTime } from '../../../renderer/domain/shown-value';

describe('stored values as screens show them', () => {
  it('reads good values exactly as the en-gb formatters write them', () => {
    expect(shownDate('2013-03-13')).toEqual({ valid: true, text: 'Wednesday 13 March 2013' });
    expect(shownDate('2013-03-13', 'short')).toEqual({ valid: true, text: '13 March 2013' });
    expect(shownDate('2013-03-13', 'numeric')).toEqual({ valid: true, text: '13/03/2013' });
    expect(shownTime('18:00')).toEqual({ valid: true, text: '6.00 pm' });
    expect(shownChoice(meetingStatuses, 'held')).toEqual({ valid: true, text: 'Held' });
  });

  it.each([
    [shownTime('25:99'), 'Start time not valid: “25:99”'],
    [shownTime(''), 'Start time missing'],
    [shownTime('abc'), 'Start time not valid: “abc”'],
    [shownTime(1800), 'Start time not valid: “1800”'],
    [shownDate('2026-02-31'), 'Start time not valid: “2026-02-31”'],
    [shownDate('not a date'), 'Start time not valid: “not a date”'],
    [shownDate(undefined), 'Start time missing'],
    [shownChoice(meetingStatuses, 'weird'), 'Start time not valid: “weird”'],
    // An inherited name is not a choice: "toString" must not read as one.
    [shownChoice(meetingStatuses, 'toString'), 'Start time not valid: “toString”'],
  ])('marks a value it cannot read, keeping what was stored (%#)', (shown, text) => {
    expect(shown.valid).toBe(false);
    expect(shownText(shown, 'Start time')).toBe(text);
  });
});
