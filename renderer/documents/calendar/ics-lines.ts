const encoder = new TextEncoder();

/**
 * Folds one content line so that no physical line is longer than 75 octets (RFC 5545 section 3.1). The `ics`
 * package folds at 75 characters, which is too long once a line holds "é" or "–"; this folds by octets and never
 * splits a character.
 */
export function foldIcsLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = encoder.encode(character).length;
    // The first line holds 75 octets; each continuation starts with a space, leaving 74.
    if (octets + size > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += character;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** Joins folded lines back into content lines: a line break followed by a space or tab continues the line. */
export function unfoldIcs(text: string): string[] {
  return text
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter((line) => line !== '');
}

/** Refolds a whole calendar by octets, with CRLF line ends. */
export function refoldIcs(text: string): string {
  return unfoldIcs(text)
    .map((line) => `${foldIcsLine(line)}\r\n`)
    .join('');
}
