import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { HashRouter } from 'react-router';
import { AppRoutes } from './routes';

/** Chamber's app shell: Fluent UI's Office look, hash routing (works from file:// inside Electron too). */
export function App() {
  return (
    <FluentProvider theme={webLightTheme} style={{ minHeight: '100vh' }}>
      <HashRouter>
        <AppRoutes />
      </HashRouter>
    </FluentProvider>
  );
}
