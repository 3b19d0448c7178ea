import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { menuTemplate, type MenuActions } from '../../../electron/main/menu';

const actions = (): MenuActions => ({
  send: vi.fn(),
  openDataFolder: vi.fn(),
  showErrorLog: vi.fn(),
  showAbout: vi.fn(),
});

function items(menu: MenuItemConstructorOptions | undefined): MenuItemConstructorOptions[] {
  return (menu?.submenu ?? []) as MenuItemConstructorOptions[];
}
const named = (menu: MenuItemConstructorOptions | undefined, label: string) =>
  items(menu).find((item) => item.label === label);
const click = (item: MenuItemConstructorOptions | undefined): void =>
  (item?.click as unknown as () => void | undefined)?.();

describe('the menu on Windows and Linux', () => {
  const [send, openDataFolder, showErrorLog, showAbout] = [vi.fn(), vi.fn(), vi.fn(), vi.fn()];
  const handlers: MenuActions = { send, openDataFolder, showErrorLog, showAbout };
  const menus = menuTemplate({ platform: 'win32', appName: 'Chamber', developerTools: false }, handlers);
  const [file, edit, view, help] = menus;

  it('has File, Edit, View and Help with Alt-key mnemonics', () => {
    expect(menus.map((menu) => menu.label)).toEqual(['&File', '&Edit', '&View', '&Help']);
  });

  it('gives File the usual accelerators and ends it with Exit', () => {
    expect(named(file, 'New meeting')?.accelerator).toBe('CmdOrCtrl+N');
    expect(named(file, 'Import…')?.accelerator).toBe('CmdOrCtrl+O');
    expect(named(file, 'Export…')?.accelerator).toBe('CmdOrCtrl+Shift+E');
    expect(named(file, 'Print agenda pack…')?.accelerator).toBe('CmdOrCtrl+P');
    expect(items(file).at(-1)).toMatchObject({ role: 'quit', label: 'E&xit' });
  });

  it('sends typed commands to the page and opens folders itself', () => {
    click(named(file, 'New meeting'));
    click(named(file, 'Print agenda pack…'));
    click(named(help, 'Keyboard shortcuts'));
    expect(send.mock.calls).toEqual([['new-meeting'], ['print-pack'], ['keyboard-shortcuts']]);
    click(named(file, 'Open data folder'));
    click(named(help, 'Show error log'));
    click(named(help, '&About Chamber'));
    expect(openDataFolder).toHaveBeenCalled();
    expect(showErrorLog).toHaveBeenCalled();
    expect(showAbout).toHaveBeenCalled();
  });

  it('has the standard editing roles and no developer tools for clerks', () => {
    expect(items(edit).map((item) => item.role)).toEqual(
      expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']),
    );
    expect(items(view).some((item) => item.role === 'toggleDevTools')).toBe(false);
  });

  it('shows developer tools to developers', () => {
    const dev = menuTemplate({ platform: 'linux', appName: 'Chamber', developerTools: true }, actions());
    expect(items(dev[2]).some((item) => item.role === 'toggleDevTools')).toBe(true);
  });
});

describe('the menu on macOS', () => {
  const menus = menuTemplate({ platform: 'darwin', appName: 'Chamber', developerTools: false }, actions());

  it('starts with the app menu holding About and Quit, and has a Window menu', () => {
    expect(menus.map((menu) => menu.label ?? menu.role)).toEqual([
      'Chamber',
      'File',
      'Edit',
      'View',
      'windowMenu',
      'Help',
    ]);
    expect(named(menus[0], 'About Chamber')).toBeDefined();
    expect(items(menus[0]).map((item) => item.role)).toEqual(
      expect.arrayContaining(['services', 'hide', 'hideOthers', 'quit']),
    );
  });

  it('keeps Quit and About out of File and Help', () => {
    expect(items(menus[1]).some((item) => item.role === 'quit')).toBe(false);
    expect(named(menus[5], 'About Chamber')).toBeUndefined();
  });
});
