import type { Editor } from '@tiptap/react';

/**
 * Keys a clerk types while the focus is on its way (Alt+N takes the next item, whose minute opens a moment
 * later) are held here, in order, and typed into the field once it has the focus. Without this, the first
 * words after Alt+N went to whatever had the focus meanwhile, or nowhere.
 *
 * Only plain typing is held (letters, digits, punctuation, space, Enter, Backspace): shortcuts still work.
 *
 * @example
 *   const ahead = new TypeAhead();
 *   ahead.begin();             // on Alt+N
 *   ahead.land((text) => ...); // once the minute has the focus: the held keys, in order
 */
export class TypeAhead {
  private held = '';
  private listening = false;

  private readonly onKey = (event: KeyboardEvent) => {
    if (event.ctrlKey || event.altKey || event.metaKey || event.isComposing) return;
    if (event.key === 'Backspace') this.held = this.held.slice(0, -1);
    else if (event.key === 'Enter') this.held += '\n';
    else if (event.key.length === 1) this.held += event.key;
    else return;
    event.preventDefault();
    event.stopPropagation();
  };

  /** Start holding keys (again: keys already held stay, in order). */
  begin(): void {
    if (this.listening) return;
    this.listening = true;
    window.addEventListener('keydown', this.onKey, true);
  }

  get active(): boolean {
    return this.listening;
  }

  /** Stop holding keys and hand over what was held (nothing is called when nothing was typed). */
  land(type: (text: string) => void): void {
    window.removeEventListener('keydown', this.onKey, true);
    this.listening = false;
    const text = this.held;
    this.held = '';
    if (text) type(text);
  }
}

/**
 * Type held keys into a field as if they had been typed there: the minute through its editor (Enter starts a
 * new paragraph), a text box through its own value setter and an input event, so React sees the change.
 */
export function typeInto(target: HTMLElement, text: string, editor: Editor | null): boolean {
  if (target.isContentEditable) {
    if (!editor || editor.view.dom !== target) return false;
    const chain = editor.chain().focus();
    text.split('\n').forEach((line, index) => {
      if (index > 0) chain.splitBlock();
      if (line) chain.insertContent({ type: 'text', text: line });
    });
    chain.run();
    return true;
  }
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLInputElement) {
    const typed = target instanceof HTMLInputElement ? text.replaceAll('\n', ' ') : text;
    const start = target.selectionStart ?? target.value.length;
    const end = target.selectionEnd ?? start;
    // The element's own value setter, not React's tracker on the instance, so React sees an input event's change.
    const prototype = Object.getPrototypeOf(target) as object;
    const descriptor = Object.getOwnPropertyDescriptor(prototype, 'value');
    descriptor?.set?.call(target, target.value.slice(0, start) + typed + target.value.slice(end));
    target.setSelectionRange(start + typed.length, start + typed.length);
    target.dispatchEvent(new Event('input', { bubbles: true }));
    return true;
  }
  return false;
}
