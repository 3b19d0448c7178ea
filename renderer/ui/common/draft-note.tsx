import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';

/**
 * Said at the top of a form that shows what the clerk typed before and never saved (they left the screen, or
 * Chamber closed): keep going and save it, or discard it and start from what is stored. See useStoredDraft.
 */
export function DraftNote({
  restored,
  onDiscard,
  what = 'What you typed before and did not save is back.',
}: {
  restored: boolean;
  onDiscard: () => void;
  what?: string;
}) {
  if (!restored) return null;
  return (
    <MessageBar intent="info" aria-label="Draft restored">
      <MessageBarBody>
        <strong>Draft restored.</strong> {what}
      </MessageBarBody>
      <MessageBarActions>
        <Button onClick={onDiscard}>Discard the draft</Button>
      </MessageBarActions>
    </MessageBar>
  );
}
