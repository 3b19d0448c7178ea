/**
 * What a form shows when the clerk typed before its kept draft had been read back: the draft, with the keys typed
 * early added after it, as if the draft had been on screen the moment the form opened. A field left as it was
 * (still blank) shows the draft's value; a text typed from blank continues the draft's text; any other change the
 * clerk made wins. Works on text, on plain records of fields (recursively) and keeps anything else as typed.
 */
export function withEarlyKeys<T>(kept: T, typed: T, blank: T): T {
  if (sameValue(typed, blank)) return kept;
  if (typeof kept === 'string' && typeof typed === 'string' && typeof blank === 'string')
    return (typed.startsWith(blank) ? kept + typed.slice(blank.length) : typed) as T;
  if (isRecord(kept) && isRecord(typed) && isRecord(blank)) {
    const merged: Record<string, unknown> = { ...kept };
    for (const field of Object.keys(typed))
      merged[field] = withEarlyKeys(kept[field], typed[field], blank[field]);
    return merged as T;
  }
  return typed;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}
