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
    <MessageBar intent="error" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {error}
      </MessageBarBody>
    </MessageBar>
  );
}
