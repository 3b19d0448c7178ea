import { saveTemplate } from '../../../db/repositories/templates';
import { defaultTemplate } from '../../../documents/templates/default-template';
import { documentKinds, type DocumentKind } from '../../../domain/model';
import { bridge } from '../../../platform/bridge';
import { placeholderListText } from './placeholder-list';

const wordFilter = [{ name: 'Word document', extensions: ['docx'] }];

/** Ask for a .docx and use it as this kind's template; a refused file throws the check's message, nothing changes. */
export async function uploadTemplate(kind: DocumentKind): Promise<string | undefined> {
  const [file] = await bridge().openFiles({ filters: wordFilter, multiple: false });
  if (!file) return undefined;
  return (await saveTemplate(kind, file)).name;
}

/** Chamber's house style with every placeholder in place: a starting point to add a letterhead to. */
export async function downloadStartingTemplate(kind: DocumentKind): Promise<void> {
  await bridge().saveFile({
    suggestedName: `Chamber ${documentKinds[kind].toLowerCase()} template.docx`,
    bytes: await defaultTemplate(kind),
    filters: wordFilter,
  });
}

export async function downloadPlaceholderList(): Promise<void> {
  await bridge().saveFile({
    suggestedName: 'Chamber template placeholders.txt',
    bytes: new TextEncoder().encode(placeholderListText()),
    filters: [{ name: 'Text file', extensions: ['txt'] }],
  });
}
