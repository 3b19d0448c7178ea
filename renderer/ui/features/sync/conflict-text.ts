import type { RichText } from '../../../domain/model';
import { richTextToPlain } from '../../../domain/rich-text';
import { combinedRichText } from '../../../sync/merge/combined-rich-text';

function isRichText(value: unknown): value is RichText {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { type?: unknown }).type === 'doc' &&
    Array.isArray((value as { content?: unknown }).content)
  );
}

/** A version of a conflicting field as the clerk reads it. */
export function conflictText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (isRichText(value)) return richTextToPlain(value);
  if (Array.isArray(value) && value.every((line) => typeof line === 'string')) return value.join('\n');
  if (typeof value === 'object') {
    // A whole record (edited on one laptop, deleted on the other): its words, field by field.
    return Object.entries(value)
      .filter(([, field]) => typeof field === 'string' || isRichText(field))
      .filter(([key]) => !['id', 'createdAt', 'updatedAt'].includes(key) && !key.endsWith('Id'))
      .map(([key, field]) => `${key}: ${conflictText(field)}`)
      .join('\n');
  }
  return JSON.stringify(value);
}

/**
 * The clerk's combined text, stored in the same shape as the versions it combines (rich text for minutes, a
 * list of lines for clauses and conclusions, plain text otherwise). Undefined when the field cannot be
 * combined as text (a whole record): then only one of the two versions can be kept.
 */
export function combinedValue(field: string, local: unknown, remote: unknown, text: string): unknown {
  if (field === '*') return undefined;
  const sample = local ?? remote;
  // Back into rich text keeping each version's tables (and lists and marks) where the clerk left them whole.
  if (isRichText(sample)) return combinedRichText(text, [local, remote].filter(isRichText));
  if (Array.isArray(sample)) {
    if (!sample.every((line) => typeof line === 'string')) return undefined;
    return text
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter(Boolean);
  }
  if (typeof sample === 'string' || sample === undefined || sample === null) return text;
  return undefined;
}

/** Where the clerk starts combining: both versions, theirs under mine. */
export function startingCombination(local: unknown, remote: unknown): string {
  return [conflictText(local), conflictText(remote)].filter((text) => text.trim()).join('\n');
}
