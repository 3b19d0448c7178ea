// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { TypeAhead, typeInto } from '../../../renderer/ui/features/live-meeting/type-ahead';

function press(key: string, init: KeyboardEventInit = {}): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init });
  document.body.dispatchEvent(event);
  return event;
}

describe('keys typed while the focus is on its way', () => {
  it('holds plain typing in order, lets shortcuts through, and hands it all over once', () => {
    const ahead = new TypeAhead();
    ahead.begin();
    for (const key of 'Apologiez') press(key);
    press('Backspace');
    press('s');
    press('Enter');
    const shortcut = press('r', { altKey: true });
    expect(shortcut.defaultPrevented).toBe(false);
    const landed: string[] = [];
    ahead.land((text) => landed.push(text));
    expect(landed).toEqual(['Apologies\n']);
    // After landing, keys go where they are typed again.
    expect(press('x').defaultPrevented).toBe(false);
    ahead.land((text) => landed.push(text));
    expect(landed).toHaveLength(1);
  });

  it('types held keys into a text box at its cursor, so the field sees an input', () => {
    const box = document.createElement('textarea');
    document.body.append(box);
    box.value = 'That the report be noted.';
    box.setSelectionRange(5, 5);
    const seen: string[] = [];
    box.addEventListener('input', () => seen.push(box.value));
    expect(typeInto(box, 'whole ', null)).toBe(true);
    expect(box.value).toBe('That whole the report be noted.');
    expect(seen).toEqual(['That whole the report be noted.']);
  });
});
