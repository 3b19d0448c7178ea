import { describe, expect, it } from 'vitest';
import { actionLogRows } from '../../../../renderer/documents/action-log/action-log-rows';
import { actionLogInputFromRecord } from '../../../../renderer/documents/action-log/build-action-log';
import { sampleMeetingRecord } from '../../../../renderer/documents/sample/sample-meeting';

describe('action log rows', () => {
  it('puts open actions first, then in progress, then done', () => {
    const rows = actionLogRows(actionLogInputFromRecord(sampleMeetingRecord()));
    expect(rows.map((row) => row.status)).toEqual(['open', 'open', 'inProgress', 'done', 'done']);
    expect(rows[0]).toMatchObject({
      date: '12/03/2025',
      owner: 'Daniel Adeyemi',
      outcome: 'Open. Due 10/12/2025.',
    });
    expect(rows[2]?.outcome).toBe(
      'In progress. Due 30/04/2025. 02/04/2025: Data sharing agreement sent to partners.',
    );
  });

  it('filters by status', () => {
    const rows = actionLogRows(actionLogInputFromRecord(sampleMeetingRecord()), ['done']);
    expect(rows.map((row) => row.action)).toEqual(['All to note.', 'Submit the Regional Youth Fund bid.']);
  });
});
