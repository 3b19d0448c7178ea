import { describe, expect, it } from 'vitest';
import { actionLogRows } from '../../../../renderer/documents/action-log/action-log-rows';
import {
  actionLogContent,
  actionLogInputFromRecord,
} from '../../../../renderer/documents/action-log/build-action-log';
import { sampleMeetingRecord } from '../../../../renderer/documents/sample/sample-meeting';
import { withExemptActions } from './exempt-actions-record';

/**
 * Clerks' report (issue #26): the action log printed actions agreed on Part B items, unmarked. A public log
 * leaves them out; a private log (members only) keeps them, marked, under NOT FOR PUBLICATION.
 */
describe('actions agreed on Part B items', () => {
  it('are left out of the public log', () => {
    const rows = actionLogRows(actionLogInputFromRecord(withExemptActions()));
    expect(rows.map((row) => row.action)).not.toContain(
      'Negotiate the tender price with the first-ranked bidder.',
    );
    expect(rows.map((row) => row.action)).not.toContain('Check the bid prices.');
    expect(rows).toHaveLength(sampleMeetingRecord().actions.length);
    expect(actionLogContent(actionLogInputFromRecord(withExemptActions())).markings).toBeUndefined();
  });

  it('are marked in a private log, printed NOT FOR PUBLICATION', () => {
    const input = actionLogInputFromRecord(withExemptActions());
    const rows = actionLogRows(input, undefined, 'private');
    const exempt = rows.filter((row) => row.exempt).map((row) => row.action);
    expect(exempt.sort()).toEqual([
      'Check the bid prices.',
      'Negotiate the tender price with the first-ranked bidder.',
    ]);
    expect(rows.filter((row) => !row.exempt)).toHaveLength(sampleMeetingRecord().actions.length);
    expect(actionLogContent(input, { audience: 'private' }).markings).toEqual(['NOT FOR PUBLICATION']);
  });
});
