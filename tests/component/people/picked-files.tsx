import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router';
import type { ChamberBridge, PickedFile } from '../../../electron/shared/bridge';

// happy-dom's Animation.cancel() rejects a promise nobody awaits when Fluent's message bars unmount; without
// the Web Animations API Fluent shows them at once, which is all these tests need.
Element.prototype.animate = (() => null) as unknown as Element['animate'];

/** A bridge that hands over the files a test queues, as if the clerk picked them in the file dialog. */
export function pickedFiles(): { pick: (name: string, content: string | Uint8Array) => void } {
  const queue: PickedFile[][] = [];
  const chamber: ChamberBridge = {
    appInfo: async () => ({ shell: 'browser', version: 'test', platform: 'test' }),
    saveFile: async (request) => ({ saved: true, location: `Downloads/${request.suggestedName}` }),
    openFiles: async () => queue.shift() ?? [],
    openWithSystem: async () => undefined,
    logError: async () => undefined,
    showInFolder: async () => undefined,
    onMenuCommand: () => () => undefined,
    onOpenChamberFile: () => () => undefined,
  };
  window.chamber = chamber;
  return {
    pick: (name, content) =>
      queue.push([
        { name, bytes: typeof content === 'string' ? new TextEncoder().encode(content) : content },
      ]),
  };
}

/** One screen inside Fluent and a router, at `path`. */
export function showScreen(route: string, path: string, screen: ReactNode) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <MemoryRouter initialEntries={[path]}>
        <Routes>
          <Route path={route} element={screen} />
        </Routes>
      </MemoryRouter>
    </FluentProvider>,
  );
}
