/**
 * Bytes as a string of one character per byte (U+0000-U+00FF), so string positions are file positions. Written out
 * because TextDecoder's "latin1" is Windows-1252 in browsers, which turns byte 0x80 into "€" and breaks the
 * round trip back to bytes.
 */
export function latin1(bytes: Uint8Array): string {
  let text = '';
  for (let at = 0; at < bytes.length; at += 8192) {
    text += String.fromCharCode(...bytes.subarray(at, at + 8192));
  }
  return text;
}
