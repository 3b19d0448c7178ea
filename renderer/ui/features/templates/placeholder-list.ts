import { placeholderDescriptions, placeholdersByKind } from '../../../documents/templates/placeholders';
import type { Placeholder } from '../../../documents/templates/placeholders';
import { documentKinds, type DocumentKind } from '../../../domain/model';

const kinds = Object.keys(documentKinds) as DocumentKind[];

/**
 * The documented list of placeholders as a plain text file an organisation's designer can keep beside Word:
 * each placeholder, what Chamber puts there, and which documents fill it.
 */
export function placeholderListText(): string {
  const lines = [
    'Chamber: placeholders for your own Word templates',
    '',
    'Type each placeholder in your .docx with double braces, e.g. {{committee}}. Word may split what you type',
    'over several runs; Chamber still finds it. {{body}} is required, on a line of its own: the whole generated',
    "document goes there, in your template's styles. Headers and footers may use every placeholder except {{body}}.",
    '',
  ];
  for (const name of Object.keys(placeholderDescriptions) as Placeholder[]) {
    const usedBy = kinds
      .filter((kind) => placeholdersByKind[kind].includes(name))
      .map((kind) => documentKinds[kind]);
    lines.push(
      `{{${name}}}`,
      `    ${placeholderDescriptions[name]}`,
      `    Filled in: ${usedBy.join(', ')}`,
      '',
    );
  }
  return lines.join('\r\n');
}
