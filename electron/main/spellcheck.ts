import type { ContextMenuParams, MenuItemConstructorOptions, Session, WebContents } from 'electron';
import { Menu } from 'electron';
import { pathToFileURL } from 'node:url';

/**
 * British English spelling in the minutes editor ("organise", "minuted", "programme"). Windows and macOS use the
 * system's own spell checker. On Linux Chromium would fetch its dictionary from Google: it is pointed at a folder
 * inside the app instead, so no request ever leaves the laptop (see the README).
 */
export function useBritishSpelling(
  session: Session,
  platform: NodeJS.Platform,
  dictionaryFolder: string,
): void {
  if (platform !== 'darwin') {
    session.setSpellCheckerDictionaryDownloadURL(`${pathToFileURL(dictionaryFolder).href}/`);
    session.setSpellCheckerLanguages(['en-GB']);
  }
  session.setSpellCheckerEnabled(true);
}

type SpellingActions = {
  replace(word: string): void;
  addToDictionary(word: string): void;
};

/** The right-click menu: spelling suggestions first, then the usual editing commands the field allows. */
export function contextMenuTemplate(
  params: ContextMenuParams,
  actions: SpellingActions,
): MenuItemConstructorOptions[] {
  const items: MenuItemConstructorOptions[] = [];
  if (params.misspelledWord) {
    const suggestions = params.dictionarySuggestions.slice(0, 5);
    if (suggestions.length === 0) items.push({ label: 'No spelling suggestions', enabled: false });
    for (const suggestion of suggestions)
      items.push({ label: suggestion, click: () => actions.replace(suggestion) });
    items.push(
      {
        label: `Add "${params.misspelledWord}" to dictionary`,
        click: () => actions.addToDictionary(params.misspelledWord),
      },
      { type: 'separator' },
    );
  }
  const flags = params.editFlags;
  if (params.isEditable) {
    items.push({ role: 'cut', enabled: flags.canCut }, { role: 'copy', enabled: flags.canCopy });
    items.push({ role: 'paste', enabled: flags.canPaste }, { type: 'separator' });
    items.push({ role: 'selectAll', enabled: flags.canSelectAll });
  } else if (params.selectionText.trim() !== '') {
    items.push({ role: 'copy', enabled: flags.canCopy });
  }
  return items;
}

export function showContextMenus(contents: WebContents, session: Session): void {
  contents.on('context-menu', (_event, params) => {
    const template = contextMenuTemplate(params, {
      replace: (word) => contents.replaceMisspelling(word),
      addToDictionary: (word) => session.addWordToSpellCheckerDictionary(word),
    });
    if (template.length > 0) Menu.buildFromTemplate(template).popup();
  });
}
