import { describe, expect, it } from 'vitest';
import { inOrderOfHappening } from '../../../renderer/domain/meeting-events';
import type { MeetingEventKind } from '../../../renderer/domain/model';

const event = (kind: MeetingEventKind, at: string) => ({ kind, at });

describe('a meeting’s events in the order they happened', () => {
  it('orders by time, and within one minute readmits the public before the close', () => {
    const events = [
      event('closed', '21:20'),
      event('publicReadmitted', '21:20'),
      event('publicExcluded', '20:45'),
      event('started', '18:02'),
    ];
    expect(inOrderOfHappening(events).map((e) => e.kind)).toEqual([
      'started',
      'publicExcluded',
      'publicReadmitted',
      'closed',
    ]);
  });
});
