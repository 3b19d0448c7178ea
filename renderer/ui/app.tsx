import { FluentProvider, RendererProvider, webLightTheme } from '@fluentui/react-components';
import { HashRouter } from 'react-router';
import { AppRoutes } from './routes';
import { OpenChamberFileListener } from './features/sync/open-chamber-file-listener';
import { MenuCommands } from './shell/menu-commands';
import { afterStart } from './shell/after-start';
import { stylesInsertedOnce } from './shell/styles-inserted-once';

// The backup scheduler brings the whole export path (zip, encryption, schemas): loaded once the first screen
// is up, it keeps that parsing off the start (its first backup waits for an idle moment anyway).
const DailyBackups = afterStart(() => import('./features/sync/daily-backups'), 'DailyBackups');

const styles = stylesInsertedOnce();

/** Chamber's app shell: Fluent UI's Office look, hash routing (works from file:// inside Electron too). */
export function App() {
  return (
    <RendererProvider renderer={styles}>
      <FluentProvider theme={webLightTheme} style={{ height: '100%' }}>
        <HashRouter>
          <MenuCommands />
          <OpenChamberFileListener />
          <DailyBackups />
          <AppRoutes />
        </HashRouter>
      </FluentProvider>
    </RendererProvider>
  );
}
