import { createSHA256, type IHasher } from 'hash-wasm';

/**
 * Bytes up to which a checksum is taken on the page, in WebAssembly, rather than through WebCrypto: each
 * WebCrypto digest copies its bytes and goes to another thread and back, which for the hundreds of small
 * entries of a small council's file (papers of a few kilobytes, short tables) cost more than the hashing
 * (7 Dec). Anything larger still goes to WebCrypto, which hashes faster and off the page's thread.
 */
const hashedHere = 32 * 1024;

/** One hasher for the page: each checksum is taken in one go (init, update, digest), so none interleave. */
let hasher: Promise<IHasher> | undefined;

/** SHA-256 of some bytes as lower-case hex (browsers and Node 20 alike). */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  if (bytes.length <= hashedHere) {
    const here = await (hasher ??= createSHA256());
    here.init();
    here.update(bytes);
    return here.digest('hex');
  }
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
  let hex = '';
  for (const byte of digest) hex += byte.toString(16).padStart(2, '0');
  return hex;
}
