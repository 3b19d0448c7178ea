import { MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import type { PublishingState } from './use-publishing';

/** What the last publication did, or why it could not, announced to screen readers as it changes. */
export function PublicationOutcome({ publishing }: { publishing: PublishingState }) {
  const { state, outcome } = publishing;
  return (
    <div role="status" aria-live="polite">
      {state.busy ? <Text>Publishing…</Text> : null}
      {state.error ? (
        <MessageBar intent="error">
          <MessageBarBody>{state.error}</MessageBarBody>
        </MessageBar>
      ) : null}
      {outcome.map((line) => (
        <p key={line}>{line}</p>
      ))}
    </div>
  );
}
