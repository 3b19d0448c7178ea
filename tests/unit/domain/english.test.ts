import { describe, expect, it } from 'vitest';
import { countOf, itemsNumbered, listOf } from '../../../renderer/domain/english';

describe('counts and lists in English', () => {
  it('says one thing in the singular and several in the plural', () => {
    expect(countOf(1, 'action')).toBe('1 action');
    expect(countOf(0, 'action')).toBe('0 actions');
    expect(countOf(3, 'person', 'people')).toBe('3 people');
  });

  it('lists with "and" before the last', () => {
    expect(listOf([])).toBe('');
    expect(listOf(['4'])).toBe('4');
    expect(listOf(['4', '5', '7'])).toBe('4, 5 and 7');
    expect(itemsNumbered(['4'])).toBe('item 4');
    expect(itemsNumbered(['4', '7'])).toBe('items 4 and 7');
  });
});
