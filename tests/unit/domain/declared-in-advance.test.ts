import { describe, expect, it } from 'vitest';
import {
  declaredInAdvance,
  declaredInAdvanceWords,
  defaultDeclaredInAdvanceWords,
} from '../../../renderer/domain/declared-in-advance';
import type { AttendanceStatus } from '../../../renderer/domain/model';

const line = (personId: string, status: AttendanceStatus) => ({ personId, status });

describe('a declaration made in advance of the meeting', () => {
  it('is one by a member who sent apologies or was absent', () => {
    const attendance = [
      line('p-ferreira', 'apologies'),
      line('p-achebe', 'absent'),
      line('p-tembe', 'present'),
    ];
    expect(declaredInAdvance({ personId: 'p-ferreira' }, attendance)).toBe(true);
    expect(declaredInAdvance({ personId: 'p-achebe' }, attendance)).toBe(true);
  });

  it('is not one by a member at the meeting, in the room or remotely, nor by someone with no attendance line', () => {
    const attendance = [line('p-tembe', 'present'), line('p-castell', 'remote')];
    expect(declaredInAdvance({ personId: 'p-tembe' }, attendance)).toBe(false);
    expect(declaredInAdvance({ personId: 'p-castell' }, attendance)).toBe(false);
    expect(declaredInAdvance({ personId: 'p-unknown' }, attendance)).toBe(false);
  });

  it('is said in the house’s words, or “declared in advance of the meeting” when it has none', () => {
    expect(declaredInAdvanceWords({})).toBe('declared in advance of the meeting');
    expect(declaredInAdvanceWords({ declaredInAdvanceWords: '  ' })).toBe(defaultDeclaredInAdvanceWords);
    expect(declaredInAdvanceWords({ declaredInAdvanceWords: ' notified the Monitoring Officer of ' })).toBe(
      'notified the Monitoring Officer of',
    );
  });
});
