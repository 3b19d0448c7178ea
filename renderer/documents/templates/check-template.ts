import type { DocumentKind } from '../../domain/model';
import { documentKinds } from '../../domain/model';
import { findPlaceholders } from './find-placeholders';
import { placeholderDescriptions, placeholdersByKind } from './placeholders';
import type { Placeholder } from './placeholders';
import { readDocx } from './read-docx';

export type TemplateCheck = { ok: true; placeholders: Placeholder[] } | { ok: false; problem: string };

/**
 * Whether an uploaded .docx can be used as this kind of document's template. Refused, with the problem named:
 * not a .docx; no {{body}}; {{body}} sharing its line with other text or sitting in a header; placeholders that
 * this kind of document does not fill (usually a typing slip, e.g. {{comittee}}). The caller keeps the previous
 * template when a check fails.
 *
 * @example checkTemplate('minutes', bytes) // { ok: false, problem: 'The template uses {{comittee}}, which ...' }
 */
export function checkTemplate(kind: DocumentKind, bytes: Uint8Array): TemplateCheck {
  const read = readDocx(bytes);
  if (!read.ok) return read;
  const inBody = findPlaceholders(read.parts.document);
  const inHeaders = read.parts.headers.flatMap((xml) => findPlaceholders(xml));
  const allowed = placeholdersByKind[kind];
  const what = documentKinds[kind].toLowerCase();
  const unknown = [...new Set([...inBody, ...inHeaders].map((found) => found.name))].filter(
    (name) => !(allowed as readonly string[]).includes(name),
  );
  if (unknown.length > 0) {
    const known = allowed.map((name) => `{{${name}}}`).join(', ');
    return {
      ok: false,
      problem: `The template uses ${unknown.map((name) => `{{${name}}}`).join(', ')}, which Chamber does not fill in ${/^[aeiou]/.test(what) ? 'an' : 'a'} ${what}. Correct or remove ${unknown.length === 1 ? 'it' : 'them'}; the placeholders you can use are ${known}.`,
    };
  }
  if (inHeaders.some((found) => found.name === 'body')) {
    return {
      ok: false,
      problem:
        'The template has {{body}} in a header or footer. Put {{body}} on a line of its own in the main text.',
    };
  }
  const bodies = inBody.filter((found) => found.name === 'body');
  if (bodies.length === 0) {
    return {
      ok: false,
      problem: `The template has no {{body}} placeholder, so Chamber cannot tell where the ${what} goes. Add {{body}} on a line of its own.`,
    };
  }
  if (bodies.length > 1)
    return { ok: false, problem: 'The template has {{body}} more than once. Keep one {{body}}.' };
  if (bodies[0]?.paragraphText.trim().replace(/\s+/g, '') !== '{{body}}') {
    return {
      ok: false,
      problem: `{{body}} shares its line with other text ("${bodies[0]?.paragraphText.trim() ?? ''}"). Put {{body}} on a line of its own: the whole line is replaced.`,
    };
  }
  const used = new Set([...inBody, ...inHeaders].map((found) => found.name));
  return {
    ok: true,
    placeholders: (Object.keys(placeholderDescriptions) as Placeholder[]).filter((name) => used.has(name)),
  };
}
