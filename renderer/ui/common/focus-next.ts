/**
 * After an action, put the focus where the clerk will type next (the next declaration's member, the new
 * motion's vote), once React has drawn it: the page body never keeps the focus, so the keyboard carries on.
 *
 * `settle`: keep watching until `until`, and put the focus back when the field is drawn again and the focus has
 * fallen to the page (a screen that is still opening can draw its fields twice); never takes it from elsewhere.
 */
export function focusWhenDrawn(
  selector: string,
  until = performance.now() + 3000,
  settle = false,
  placed = false,
): void {
  const target = document.querySelector<HTMLElement>(selector);
  const field = target?.matches('input, select, textarea, button, [role="textbox"]')
    ? target
    : target?.querySelector<HTMLElement>('input, select, textarea, button, [role="textbox"]');
  const adrift = document.activeElement === null || document.activeElement === document.body;
  if (field && (!placed || (adrift && document.activeElement !== field))) {
    field.focus();
    field.scrollIntoView({ block: 'nearest' });
    placed = true;
    if (!settle) return;
  }
  if (performance.now() < until) requestAnimationFrame(() => focusWhenDrawn(selector, until, settle, placed));
}
