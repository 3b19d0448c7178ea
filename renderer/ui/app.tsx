import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { HashRouter } from 'react-router';
import { AppRoutes } from './routes';
import { DailyBackups } from './features/sync/daily-backups';
import { OpenChamberFileListener } from './features/sync/open-chamber-file-listener';
import { MenuCommands } from './shell/menu-commands';

/** Chamber's app shell: Fluent UI's Office look, hash routing (works from file:// inside Electron too). */
export function App() {
  return (
    <FluentProvider theme={webLightTheme} style={{ minHeight: '100vh' }}>
      <HashRouter>
        <MenuCommands />
        <OpenChamberFileListener />
        <DailyBackups />
        <AppRoutes />
      </HashRouter>
    </FluentProvider>
  );
}
