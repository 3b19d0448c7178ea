import { describe, expect, it } from 'vitest';
import { keptDeadlineRules } from '../../../../renderer/db/read/kept-deadline-rules';
import { defaultOrganisationSettings } from '../../../../renderer/db/repositories/settings';
import { meetingDeadlines } from '../../../../renderer/domain/calendar/meeting-deadlines';
import type { BankHolidayEdit } from '../../../../renderer/domain/model';

const holiday: BankHolidayEdit = {
  id: 'edit-1',
  date: '2013-03-08',
  region: defaultOrganisationSettings.bankHolidayRegion,
  name: 'A day of mourning',
  change: 'added',
};

describe('the deadline rules kept between reads of the meeting page', () => {
  it('are the same rules while the settings and bank holiday edits are the same', () => {
    const first = keptDeadlineRules({ ...defaultOrganisationSettings }, []);
    expect(keptDeadlineRules({ ...defaultOrganisationSettings }, [])).toBe(first);
  });

  it('are made again when a bank holiday is edited or a setting changes, so no deadline is stale', () => {
    const before = keptDeadlineRules({ ...defaultOrganisationSettings }, []);
    const edited = keptDeadlineRules({ ...defaultOrganisationSettings }, [holiday]);
    expect(edited).not.toBe(before);
    // Friday 8 March 2013 is now a holiday: the agenda for Wednesday 13 March must go out a day earlier.
    expect(meetingDeadlines('2013-03-13', before).publishAgendaBy).toBe('2013-03-05');
    expect(meetingDeadlines('2013-03-13', edited).publishAgendaBy).toBe('2013-03-04');
    const saturdays = keptDeadlineRules({ ...defaultOrganisationSettings, saturdaysAreClearDays: true }, [
      holiday,
    ]);
    expect(saturdays).not.toBe(edited);
    expect(saturdays.saturdaysAreClearDays).toBe(true);
  });
});
