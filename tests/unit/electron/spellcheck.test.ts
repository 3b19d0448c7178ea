import type { ContextMenuParams, MenuItemConstructorOptions, Session, WebContents } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { contextMenuTemplate, showContextMenus, useBritishSpelling } from '../../../electron/main/spellcheck';
import { fakeElectron, FakeWebContents, resetFakeElectron } from './support/fake-electron';

vi.mock('electron', async () => (await import('./support/fake-electron')).fakeElectron);

beforeEach(resetFakeElectron);

const fakeSession = () => ({
  setSpellCheckerLanguages: vi.fn(),
  setSpellCheckerDictionaryDownloadURL: vi.fn(),
  setSpellCheckerEnabled: vi.fn(),
  addWordToSpellCheckerDictionary: vi.fn(),
});

function params(overrides: Partial<ContextMenuParams>): ContextMenuParams {
  return {
    misspelledWord: '',
    dictionarySuggestions: [],
    isEditable: true,
    selectionText: '',
    editFlags: { canCut: true, canCopy: true, canPaste: true, canSelectAll: true },
    ...overrides,
  } as ContextMenuParams;
}

describe('British spelling', () => {
  it('uses the en-GB dictionary from inside the app on Windows and Linux', () => {
    const session = fakeSession();
    useBritishSpelling(session as unknown as Session, 'win32', '/opt/Chamber/resources/dictionaries');
    expect(session.setSpellCheckerLanguages).toHaveBeenCalledWith(['en-GB']);
    expect(session.setSpellCheckerDictionaryDownloadURL).toHaveBeenCalledWith(
      'file:///opt/Chamber/resources/dictionaries/',
    );
    expect(session.setSpellCheckerEnabled).toHaveBeenCalledWith(true);
  });

  it("leaves macOS to its own checker, which follows the clerk's language settings", () => {
    const session = fakeSession();
    useBritishSpelling(session as unknown as Session, 'darwin', '/Applications/Chamber.app/dictionaries');
    expect(session.setSpellCheckerLanguages).not.toHaveBeenCalled();
    expect(session.setSpellCheckerEnabled).toHaveBeenCalledWith(true);
  });
});

describe('the right-click menu', () => {
  it('offers suggestions for a misspelt word first, then adding it to the dictionary', () => {
    const replace = vi.fn();
    const addToDictionary = vi.fn();
    const template = contextMenuTemplate(
      params({ misspelledWord: 'recieved', dictionarySuggestions: ['received', 'relieved'] }),
      { replace, addToDictionary },
    );
    expect(template.slice(0, 3).map((item) => item.label)).toEqual([
      'received',
      'relieved',
      'Add "recieved" to dictionary',
    ]);
    (template[0]?.click as unknown as () => void)();
    (template[2]?.click as unknown as () => void)();
    expect(replace).toHaveBeenCalledWith('received');
    expect(addToDictionary).toHaveBeenCalledWith('recieved');
    expect(template.map((item) => item.role).filter(Boolean)).toEqual(['cut', 'copy', 'paste', 'selectAll']);
  });

  it('says when there is no suggestion', () => {
    const template = contextMenuTemplate(params({ misspelledWord: 'Wrexhm' }), {
      replace: vi.fn(),
      addToDictionary: vi.fn(),
    });
    expect(template[0]).toEqual({ label: 'No spelling suggestions', enabled: false });
  });

  it('offers only Copy on selected text outside a field, and nothing on a blank spot', () => {
    const actions = { replace: vi.fn(), addToDictionary: vi.fn() };
    expect(contextMenuTemplate(params({ isEditable: false, selectionText: 'Minute 12' }), actions)).toEqual([
      { role: 'copy', enabled: true },
    ]);
    expect(contextMenuTemplate(params({ isEditable: false }), actions)).toEqual([]);
  });

  it('pops up on right-click and replaces the word in the page', () => {
    const contents = new FakeWebContents();
    const session = fakeSession();
    showContextMenus(contents as unknown as WebContents, session as unknown as Session);
    contents.emit(
      'context-menu',
      {},
      params({ misspelledWord: 'colour', dictionarySuggestions: ['colour'] }),
    );
    const menu = fakeElectron.Menu.buildFromTemplate.mock.results[0]?.value as {
      template: MenuItemConstructorOptions[];
      popup: ReturnType<typeof vi.fn>;
    };
    expect(menu.popup).toHaveBeenCalled();
    (menu.template[0]?.click as unknown as () => void)();
    expect(contents.replaceMisspelling).toHaveBeenCalledWith('colour');
  });
});
