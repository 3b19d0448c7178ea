import { describe, expect, it } from 'vitest';
import { withEarlyKeys } from '../../../../renderer/ui/common/early-keys';

describe('keys typed before a kept draft was read back', () => {
  it('continue the kept text, as if it had been on screen from the start', () => {
    expect(withEarlyKeys('The Committee noted', ' the report', '')).toBe('The Committee noted the report');
  });

  it('leave the kept draft as it was when nothing was typed', () => {
    expect(withEarlyKeys('Half a motion', '', '')).toBe('Half a motion');
    expect(
      withEarlyKeys({ moved: 'Cllr A', text: 'That' }, { moved: '', text: '' }, { moved: '', text: '' }),
    ).toEqual({
      moved: 'Cllr A',
      text: 'That',
    });
  });

  it('join field by field: a field typed in continues, a field left alone keeps the draft', () => {
    const blank = { title: 'Budget', notes: '', urgent: false };
    const kept = { title: 'Budget Monitoring Q3', notes: 'Deferred from March', urgent: false };
    const typed = { title: 'Budget', notes: ' and April', urgent: true };
    expect(withEarlyKeys(kept, typed, blank)).toEqual({
      title: 'Budget Monitoring Q3',
      notes: 'Deferred from March and April',
      urgent: true,
    });
  });

  it('let a text the clerk replaced outright stand as typed', () => {
    expect(withEarlyKeys('Old words', 'New', 'Stored title')).toBe('New');
  });

  it('go into nested records and keep lists as typed', () => {
    const blank = { step: { kind: 'paragraph', text: '' }, names: [] as string[] };
    const kept = { step: { kind: 'paragraph', text: 'The Chair ruled' }, names: ['A'] };
    const typed = { step: { kind: 'paragraph', text: ' that' }, names: [] as string[] };
    expect(withEarlyKeys(kept, typed, blank)).toEqual({
      step: { kind: 'paragraph', text: 'The Chair ruled that' },
      names: ['A'],
    });
  });
});
