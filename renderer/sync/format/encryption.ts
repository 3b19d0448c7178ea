import { z } from 'zod';
import { sha256Hex } from './checksum';
import { SyncError } from './errors';

/**
 * Passphrase encryption of a .chamber file: AES-256-GCM with a key from PBKDF2-SHA256, both WebCrypto. The
 * encrypted file is itself a zip with a clear wrapper (what is needed to decrypt: salt, iterations, nonces;
 * never the passphrase) and the encrypted inner file, so Chamber can tell an encrypted export from a damaged one.
 *
 * Version 2 (written now) encrypts the inner file in segments of a megabyte, each sealed on its own, so a whole
 * archive is encrypted as it is made and written, never held whole: each segment's nonce is the file's random
 * prefix, the segment's number and whether it is the last (the "STREAM" construction), so segments cannot be
 * reordered, dropped or cut short without failing. Version 1 (one seal over the whole file) is still read.
 */
export const wrapperEntry = 'chamber-encrypted.json';
export const payloadEntry = 'payload';

/** OWASP's 2023 figure for PBKDF2-HMAC-SHA256. A file asking for far more is refused, not run for minutes. */
export const pbkdf2Iterations = 600_000;
const maxIterations = 10_000_000;

/** Plain bytes per segment; each is stored with GCM's 16-byte tag after it. */
export const segmentBytes = 1024 * 1024;
const tagBytes = 16;

const common = {
  format: z.literal('chamber-encrypted'),
  cipher: z.literal('AES-256-GCM'),
  kdf: z.literal('PBKDF2-SHA256'),
  iterations: z.number().int().min(pbkdf2Iterations).max(maxIterations),
  salt: z.base64(),
  /** SHA-256 of the encrypted payload: a damaged file is told apart from a wrong passphrase. */
  payloadSha256: z.string().regex(/^[0-9a-f]{64}$/),
};

export const wrapperSchema = z.discriminatedUnion('formatVersion', [
  z.object({ ...common, formatVersion: z.literal(1), iv: z.base64() }),
  z.object({
    ...common,
    formatVersion: z.literal(2),
    /** Seven random bytes: the first part of every segment's nonce. */
    noncePrefix: z.base64().refine((text) => fromBase64(text).length === 7, 'expected 7 bytes'),
    segmentBytes: z
      .number()
      .int()
      .min(64 * 1024)
      .max(64 * 1024 * 1024),
  }),
]);
export type EncryptionWrapper = z.infer<typeof wrapperSchema>;
export type SegmentedWrapper = Extract<EncryptionWrapper, { formatVersion: 2 }>;

export async function deriveKey(
  passphrase: string,
  salt: Uint8Array,
  iterations: number,
): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(passphrase),
    'PBKDF2',
    false,
    ['deriveKey'],
  );
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as Uint8Array<ArrayBuffer>, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

/** The nonce of segment `index`: prefix, the number (big-endian), and 1 for the last segment, else 0. */
export function segmentNonce(prefix: Uint8Array, index: number, last: boolean): Uint8Array<ArrayBuffer> {
  const nonce = new Uint8Array(12);
  nonce.set(prefix, 0);
  new DataView(nonce.buffer).setUint32(7, index, false);
  nonce[11] = last ? 1 : 0;
  return nonce;
}

/** A new key and the wrapper fields that let the passphrase find it again. */
export async function newSegmentedKey(
  passphrase: string,
  iterations = pbkdf2Iterations,
): Promise<{ key: CryptoKey; noncePrefix: Uint8Array; wrapper: Omit<SegmentedWrapper, 'payloadSha256'> }> {
  if (passphrase.length === 0) throw new SyncError('encryption-needed', 'the passphrase is empty');
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const noncePrefix = crypto.getRandomValues(new Uint8Array(7));
  const key = await deriveKey(passphrase, salt, iterations);
  return {
    key,
    noncePrefix,
    wrapper: {
      format: 'chamber-encrypted',
      formatVersion: 2,
      cipher: 'AES-256-GCM',
      kdf: 'PBKDF2-SHA256',
      iterations,
      salt: toBase64(salt),
      noncePrefix: toBase64(noncePrefix),
      segmentBytes,
    },
  };
}

export async function decryptBytes(
  wrapper: EncryptionWrapper,
  payload: Uint8Array,
  passphrase: string | undefined,
): Promise<Uint8Array> {
  if ((await sha256Hex(payload)) !== wrapper.payloadSha256) {
    throw new SyncError('checksum-mismatch', 'encrypted payload');
  }
  if (!passphrase) throw new SyncError('passphrase-needed');
  const key = await deriveKey(passphrase, fromBase64(wrapper.salt), wrapper.iterations);
  if (wrapper.formatVersion === 2) return decryptSegments(wrapper, key, payload);
  try {
    const iv = fromBase64(wrapper.iv) as Uint8Array<ArrayBuffer>;
    return new Uint8Array(
      await crypto.subtle.decrypt({ name: 'AES-GCM', iv }, key, payload as Uint8Array<ArrayBuffer>),
    );
  } catch {
    throw new SyncError('wrong-passphrase');
  }
}

/**
 * Open each segment into its place in one buffer of the inner file's size. The first segment that will not
 * open is a wrong passphrase; a later one, a file damaged after it was made (its checksum was made to match).
 */
async function decryptSegments(
  wrapper: SegmentedWrapper,
  key: CryptoKey,
  payload: Uint8Array,
): Promise<Uint8Array> {
  const sealed = wrapper.segmentBytes + tagBytes;
  const count = Math.max(1, Math.ceil(payload.length / sealed));
  const plainLength = payload.length - count * tagBytes;
  if (plainLength < 0 || payload.length - (count - 1) * sealed < tagBytes)
    throw new SyncError('damaged-file', 'the encrypted payload is cut short');
  const prefix = fromBase64(wrapper.noncePrefix);
  const plain = new Uint8Array(plainLength);
  for (let index = 0; index < count; index += 1) {
    const segment = payload.subarray(index * sealed, Math.min((index + 1) * sealed, payload.length));
    const iv = segmentNonce(prefix, index, index === count - 1);
    let opened: ArrayBuffer;
    try {
      opened = await crypto.subtle.decrypt({ name: 'AES-GCM', iv }, key, segment as Uint8Array<ArrayBuffer>);
    } catch {
      if (index === 0) throw new SyncError('wrong-passphrase');
      throw new SyncError('damaged-file', `encrypted segment ${index + 1} of ${count} does not open`);
    }
    plain.set(new Uint8Array(opened), index * wrapper.segmentBytes);
  }
  return plain;
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  return Uint8Array.from(atob(text), (char) => char.charCodeAt(0));
}
