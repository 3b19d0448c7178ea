import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';

/** A failure shown where the clerk is looking, read out by screen readers as it appears. */
export function ErrorMessage({
  error,
  title = 'That did not work',
}: {
  error: string | undefined;
  title?: string;
}) {
  if (!error) return null;
  return (
    // Multiline: a refusal says who and why in full sentences, never cut off at the edge of the box.
    <MessageBar intent="error" role="alert" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {withoutWebAddresses(error)}
      </MessageBarBody>
    </MessageBar>
  );
}

/**
 * A message with any web address taken out, with the sentence that pointed to it ("Read more at https://...",
 * "See http://bit.ly/..."): Chamber works with no network, and a clerk is never sent to a website. Libraries'
 * messages (Dexie's above all) end with one.
 */
export function withoutWebAddresses(message: string): string {
  return message
    .replace(
      /\s*\b(?:read more at|see|visit|more info(?:rmation)?(?: at)?)\s*:?\s*(?:https?:\/\/|www\.)\S+/gi,
      '',
    )
    .replace(/\s*(?:https?:\/\/|www\.)\S+/gi, '')
    .trim();
}

/** What went wrong, in the words of the error, for the clerk: no web address (see withoutWebAddresses). */
export function messageOf(error: unknown): string {
  return withoutWebAddresses(error instanceof Error ? error.message : String(error));
}
