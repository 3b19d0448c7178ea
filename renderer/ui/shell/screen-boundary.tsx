import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import { Suspense, type ReactNode } from 'react';
import { ErrorBoundary, type FallbackProps } from 'react-error-boundary';
import { useLocation } from 'react-router';
import { bridge } from '../../platform/bridge';
import { Loading } from '../common/loading';
import { messageOf } from '../common/error-message';

/**
 * Around every screen. The error boundary keeps a screen that failed (a read refused, a bug) from blanking
 * the whole window: the clerk is told what went wrong, it goes to the error log, and the clerk can try again
 * or go elsewhere; moving to another screen clears it. The Suspense boundary catches any screen part still
 * loading that has no boundary of its own.
 */
export function ScreenBoundary({ children }: { children: ReactNode }) {
  const location = useLocation();
  return (
    <ErrorBoundary
      FallbackComponent={ScreenFailed}
      resetKeys={[location.pathname]}
      onError={(error) => void bridge().logError(`Screen ${location.pathname}: ${describe(error)}`)}
    >
      <Suspense fallback={<Loading what="the screen" />}>{children}</Suspense>
    </ErrorBoundary>
  );
}

function ScreenFailed({ error, resetErrorBoundary }: FallbackProps) {
  const message = describe(error);
  return (
    <MessageBar intent="error" role="alert" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>This screen could not be shown</MessageBarTitle>
        {message} Nothing stored was changed. Try again, or choose another screen above; if it keeps
        happening, Help &gt; Show error log has the details for IT.
      </MessageBarBody>
      <MessageBarActions>
        <Button onClick={resetErrorBoundary}>Try again</Button>
      </MessageBarActions>
    </MessageBar>
  );
}

function describe(error: unknown): string {
  return messageOf(error);
}
