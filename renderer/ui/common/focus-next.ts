/**
 * After an action, put the focus where the clerk will type next (the next declaration's member, the new
 * motion's vote), once React has drawn it: the page body never keeps the focus, so the keyboard carries on.
 */
export function focusWhenDrawn(selector: string, until = performance.now() + 3000): void {
  const target = document.querySelector<HTMLElement>(selector);
  const field = target?.matches('input, select, textarea, button')
    ? target
    : target?.querySelector<HTMLElement>('input, select, textarea, button');
  if (field) {
    field.focus();
    field.scrollIntoView({ block: 'nearest' });
  } else if (performance.now() < until) requestAnimationFrame(() => focusWhenDrawn(selector, until));
}
