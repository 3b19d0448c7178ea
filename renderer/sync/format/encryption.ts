import { z } from 'zod';
import { sha256Hex } from './checksum';
import { SyncError } from './errors';

/**
 * Passphrase encryption of a whole .chamber file: AES-256-GCM with a key from PBKDF2-SHA256, both WebCrypto.
 * The encrypted file is itself a zip with a clear wrapper (what is needed to decrypt: salt, iterations, iv;
 * never the passphrase) and the encrypted inner file, so Chamber can tell an encrypted export from a damaged one.
 */
export const wrapperEntry = 'chamber-encrypted.json';
export const payloadEntry = 'payload';

/** OWASP's 2023 figure for PBKDF2-HMAC-SHA256. A file asking for far more is refused, not run for minutes. */
export const pbkdf2Iterations = 600_000;
const maxIterations = 10_000_000;

export const wrapperSchema = z.object({
  format: z.literal('chamber-encrypted'),
  formatVersion: z.literal(1),
  cipher: z.literal('AES-256-GCM'),
  kdf: z.literal('PBKDF2-SHA256'),
  iterations: z.number().int().min(pbkdf2Iterations).max(maxIterations),
  salt: z.base64(),
  iv: z.base64(),
  /** SHA-256 of the encrypted payload: a damaged file is told apart from a wrong passphrase. */
  payloadSha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type EncryptionWrapper = z.infer<typeof wrapperSchema>;

async function deriveKey(passphrase: string, salt: Uint8Array, iterations: number): Promise<CryptoKey> {
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

export async function encryptBytes(
  plain: Uint8Array,
  passphrase: string,
  iterations = pbkdf2Iterations,
): Promise<{ wrapper: EncryptionWrapper; payload: Uint8Array }> {
  if (passphrase.length === 0) throw new SyncError('encryption-needed', 'the passphrase is empty');
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const key = await deriveKey(passphrase, salt, iterations);
  const payload = new Uint8Array(
    await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, plain as Uint8Array<ArrayBuffer>),
  );
  const wrapper: EncryptionWrapper = {
    format: 'chamber-encrypted',
    formatVersion: 1,
    cipher: 'AES-256-GCM',
    kdf: 'PBKDF2-SHA256',
    iterations,
    salt: toBase64(salt),
    iv: toBase64(iv),
    payloadSha256: await sha256Hex(payload),
  };
  return { wrapper, payload };
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
  try {
    const iv = fromBase64(wrapper.iv) as Uint8Array<ArrayBuffer>;
    return new Uint8Array(
      await crypto.subtle.decrypt({ name: 'AES-GCM', iv }, key, payload as Uint8Array<ArrayBuffer>),
    );
  } catch {
    throw new SyncError('wrong-passphrase');
  }
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  return Uint8Array.from(atob(text), (char) => char.charCodeAt(0));
}
