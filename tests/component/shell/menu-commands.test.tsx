// @vitest-environment happy-dom
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, cleanup, render, screen } from '@testing-library/react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import type { ChamberBridge, MenuCommand } from '../../../electron/shared/bridge';
import { createBrowserBridge } from '../../../renderer/platform/browser-bridge';
import { menuDestination, MenuCommands } from '../../../renderer/ui/shell/menu-commands';

afterEach(() => {
  cleanup();
  delete window.chamber;
});

describe('desktop menu commands', () => {
  it('act on the meeting on screen, or open their screen', () => {
    expect(menuDestination('print-pack', '/meetings/m1')).toBe('/meetings/m1?tab=papers');
    expect(menuDestination('print-pack', '/people')).toBe('/?print-pack');
    expect(menuDestination('new-meeting', '/committees/c1')).toBe('/committees/c1?new-meeting');
    expect(menuDestination('new-meeting', '/committees/new')).toBe('/?new-meeting');
    expect(menuDestination('export', '/meetings/m1/live')).toBe('/sync?export-meeting=m1');
    expect(menuDestination('import', '/')).toBe('/sync?import');
    expect(menuDestination('keyboard-shortcuts', '/')).toBe('/help/keyboard');
  });

  it('take the clerk there when the shell sends one', () => {
    let send: (command: MenuCommand) => void = () => undefined;
    const shell: ChamberBridge = {
      ...createBrowserBridge('test'),
      onMenuCommand: (listener) => {
        send = listener;
        return () => undefined;
      },
    };
    window.chamber = shell;
    function Where() {
      const location = useLocation();
      return <p data-testid="where">{location.pathname + location.search}</p>;
    }
    render(
      <FluentProvider theme={webLightTheme}>
        <MemoryRouter initialEntries={['/meetings/m7']}>
          <MenuCommands />
          <Routes>
            <Route path="*" element={<Where />} />
          </Routes>
        </MemoryRouter>
      </FluentProvider>,
    );
    act(() => send('print-pack'));
    expect(screen.getByTestId('where').textContent).toBe('/meetings/m7?tab=papers');
    act(() => send('keyboard-shortcuts'));
    expect(screen.getByTestId('where').textContent).toBe('/help/keyboard');
  });
});
