import { describe, expect, it } from 'vitest';
import { messageOf } from '../../../../renderer/ui/common/error-message';

describe('what a clerk is told went wrong', () => {
  it('keeps the words of the error and never a web address', () => {
    const dexie = new Error(
      'Transaction committed too early. See http://bit.ly/2kdckMn for more information.',
    );
    expect(messageOf(dexie)).not.toMatch(/https?:|bit\.ly|www\./);
    expect(messageOf(dexie)).toContain('Transaction committed too early.');
    expect(messageOf('The disk is full. Read more at https://example.org/disk')).toBe('The disk is full.');
  });
});
