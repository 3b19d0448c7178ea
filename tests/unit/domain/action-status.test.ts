import { describe, expect, it } from 'vitest';
import { actionsForReview, isOverdue, statusByCommittee } from '../../../renderer/domain/action-status';
import type { Action, Meeting } from '../../../renderer/domain/model';

const meeting = (id: string, date: string): Meeting => ({
  id,
  committeeId: 'planning',
  date,
  startTime: '18:00',
  venue: '',
  type: 'ordinary',
  status: 'held',
});
const action = (id: string, fields: Partial<Action>): Action => ({
  id,
  committeeId: 'planning',
  meetingId: 'm1',
  text: id,
  ownerText: '',
  status: 'open',
  updates: [],
  outcome: '',
  order: 0,
  ...fields,
});

describe('action status', () => {
  it('counts an outstanding action past its due date as overdue, not one due today or closed', () => {
    expect(isOverdue({ status: 'open', due: '2025-01-09' }, '2025-01-10')).toBe(true);
    expect(isOverdue({ status: 'inProgress', due: '2025-01-09' }, '2025-01-10')).toBe(true);
    expect(isOverdue({ status: 'open', due: '2025-01-10' }, '2025-01-10')).toBe(false);
    expect(isOverdue({ status: 'done', due: '2025-01-01' }, '2025-01-10')).toBe(false);
    expect(isOverdue({ status: 'open' }, '2025-01-10')).toBe(false);
  });

  it('reviews at the next meeting the earlier outstanding actions and those closed at it', () => {
    const meetings = new Map([
      ['m1', meeting('m1', '2025-01-10')],
      ['m2', meeting('m2', '2025-02-10')],
    ]);
    const actions = [
      action('still open', {}),
      action('closed before', { status: 'done', updates: [{ on: '2025-01-20', text: 'Done.' }] }),
      action('closed at the meeting', { status: 'done', updates: [{ on: '2025-02-10', text: 'Done.' }] }),
      action('agreed at the meeting itself', { meetingId: 'm2' }),
      action('another committee', { committeeId: 'licensing' }),
    ];
    expect(actionsForReview(actions, meetings.get('m2')!, meetings).map((a) => a.id)).toEqual([
      'still open',
      'closed at the meeting',
    ]);
  });

  it('totals actions by status and overdue per committee', () => {
    const counts = statusByCommittee(
      [
        action('a', { due: '2025-01-01' }),
        action('b', { status: 'done' }),
        action('c', { committeeId: 'licensing', status: 'dropped' }),
      ],
      '2025-03-01',
    );
    expect(counts.get('planning')).toMatchObject({ open: 1, done: 1, overdue: 1, total: 2 });
    expect(counts.get('licensing')).toMatchObject({ dropped: 1, overdue: 0, total: 1 });
  });
});
