import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { ErrorMessage, messageOf } from './error-message';
import { takeBack, useUndoable } from './undo';

/** Whether a key press is for a text field's own undo (Ctrl+Z while typing stays the field's). */
function inTextField(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement)
  );
}

/**
 * The last act on this screen that can be taken back, with its Undo button; Ctrl+Z (outside a text field) does
 * the same. Stays until the act is undone or Chamber is closed.
 */
export function UndoBar({ scope }: { scope: string }) {
  const entries = useUndoable(scope);
  const last = entries.at(-1);
  const [problem, setProblem] = useState<string>();
  const undo = () => {
    if (!last) return;
    setProblem(undefined);
    void takeBack(last).catch((error: unknown) => setProblem(messageOf(error)));
  };
  useEffect(() => {
    if (!last) return;
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.shiftKey || event.altKey || event.code !== 'KeyZ')
        return;
      if (inTextField(event.target)) return;
      event.preventDefault();
      undo();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });
  if (!last) return <ErrorMessage error={problem} title="That was not undone" />;
  return (
    <>
      <ErrorMessage error={problem} title="That was not undone" />
      <MessageBar intent="info" role="status" aria-label="Undo">
        <MessageBarBody>{last.what}</MessageBarBody>
        <MessageBarActions>
          <Button onClick={undo}>Undo (Ctrl+Z)</Button>
        </MessageBarActions>
      </MessageBar>
    </>
  );
}
