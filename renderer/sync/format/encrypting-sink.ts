import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import { createSHA256, type IHasher } from 'hash-wasm';
import {
  newSegmentedKey,
  payloadEntry,
  segmentBytes,
  segmentNonce,
  wrapperEntry,
  type SegmentedWrapper,
} from './encryption';
import { SinkQueue, type FileSink } from './file-parts';

/**
 * A sink that encrypts a .chamber file as it is made (encryption.ts, version 2) and writes the encrypted file
 * to another sink: the plain file arrives in parts, is sealed a megabyte at a time, and each sealed segment
 * goes out as the payload entry of the outer zip at once; the clear wrapper follows it. So an encrypted
 * archive is never held whole on the page, plain or sealed: only the segment being filled is.
 *
 * @example
 *   const sink = await EncryptingSink.start(diskSink, 'correct horse battery staple');
 *   for (const part of plainParts) await sink.write(part);
 *   await sink.finish(); // the last segment and the wrapper written; diskSink is left open
 */
export class EncryptingSink implements FileSink {
  static async start(outer: FileSink, passphrase: string, iterations?: number): Promise<EncryptingSink> {
    const [{ key, noncePrefix, wrapper }, hasher] = await Promise.all([
      newSegmentedKey(passphrase, iterations),
      createSHA256(),
    ]);
    return new EncryptingSink(outer, key, noncePrefix, wrapper, hasher);
  }

  /** The outer file's length so far, in bytes. */
  size = 0;
  private readonly queue: SinkQueue;
  private readonly zip: Zip;
  private readonly zipped: Promise<void>;
  private readonly payload = new ZipPassThrough(payloadEntry);
  private readonly segment = new Uint8Array(segmentBytes);
  private used = 0;
  private index = 0;

  private constructor(
    private readonly outer: FileSink,
    private readonly key: CryptoKey,
    private readonly noncePrefix: Uint8Array,
    private readonly wrapper: Omit<SegmentedWrapper, 'payloadSha256'>,
    /** Hashes the payload as it is sealed: the wrapper carries its SHA-256. */
    private readonly hasher: IHasher,
  ) {
    const queue = new SinkQueue(outer);
    this.queue = queue;
    let zip: Zip | undefined;
    this.zipped = new Promise<void>((resolve, reject) => {
      zip = new Zip((error, chunk, final) => {
        if (error) return reject(error);
        this.size += chunk.length;
        queue.push(chunk);
        if (final) resolve();
      });
    });
    this.zipped.catch(() => undefined);
    this.zip = zip as Zip;
    this.zip.add(this.payload);
  }

  /** Take the next plain bytes; waits while the outer sink has much still to write. */
  async write(part: Uint8Array): Promise<void> {
    let from = 0;
    while (from < part.length) {
      // A full segment is sealed only once more bytes come: until then it may be the last.
      if (this.used === segmentBytes) await this.seal(false);
      const taken = Math.min(part.length - from, segmentBytes - this.used);
      this.segment.set(part.subarray(from, from + taken), this.used);
      this.used += taken;
      from += taken;
    }
    await this.queue.ready();
  }

  /** Seal the last segment, write the wrapper and wait until the outer sink has it all (it is left open). */
  async finish(): Promise<void> {
    await this.seal(true);
    const wrapper: SegmentedWrapper = { ...this.wrapper, payloadSha256: this.hasher.digest('hex') };
    const entry = new ZipDeflate(wrapperEntry, { level: 6 });
    this.zip.add(entry);
    entry.push(new TextEncoder().encode(JSON.stringify(wrapper, null, 1)), true);
    this.zip.end();
    await this.zipped;
    await this.queue.end();
  }

  async close(): Promise<void> {
    await this.finish();
    await this.outer.close();
  }

  abandon(): Promise<void> {
    return this.outer.abandon();
  }

  private async seal(last: boolean): Promise<void> {
    const iv = segmentNonce(this.noncePrefix, this.index, last);
    const plain = this.segment.subarray(0, this.used);
    const sealed = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, this.key, plain));
    this.hasher.update(sealed);
    this.payload.push(sealed, last);
    this.index += 1;
    this.used = 0;
  }
}
