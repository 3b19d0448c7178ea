import { beforeEach, describe, expect, it } from 'vitest';
import { exportFile } from '../../../renderer/sync/export';
import { sha256Hex } from '../../../renderer/sync/format/checksum';
import { deriveKey, segmentBytes } from '../../../renderer/sync/format/encryption';
import { joinParts } from '../../../renderer/sync/format/file-parts';
import { importFile } from '../../../renderer/sync/import';
import { pack, readJson, unpack } from './support/damage';
import { databaseHash, newLaptop, visibleRecords, visibleText } from './support/laptops';
import { attachPaper, pdfBytes, seedMeeting } from './support/meeting';

beforeEach(newLaptop);

const passphrase = 'Civic Centre 2013';
const sealed = segmentBytes + 16;

/** A meeting with Part B business and a 2.5 MB paper: its encrypted file is three sealed segments long. */
async function encryptedMeetingFile(): Promise<Uint8Array> {
  const { meeting, item } = await seedMeeting({ partB: true });
  const bytes = pdfBytes(2.5 * 1024 * 1024, (at) => (at * 13) % 251);
  const paper = { id: 'valuation', name: 'Valuation report.pdf', role: 'appendix', order: 1 } as const;
  await attachPaper({ ...paper, agendaItemId: item.id, meetingId: meeting.id }, bytes);
  return joinParts(await exportFile({ scope: { kind: 'everything' } }, { passphrase }));
}

/** The file with its payload replaced, and the wrapper's checksum made to match: only the seals can tell. */
function withPayload(
  file: Uint8Array,
  change: (segments: Uint8Array[]) => Uint8Array[],
): Promise<Uint8Array> {
  const entries = unpack(file);
  const payload = entries.get('payload') ?? new Uint8Array();
  const segments: Uint8Array[] = [];
  for (let at = 0; at < payload.length; at += sealed) segments.push(payload.slice(at, at + sealed));
  const changed = change(segments);
  const joined = new Uint8Array(changed.reduce((size, segment) => size + segment.length, 0));
  let at = 0;
  for (const segment of changed) {
    joined.set(segment, at);
    at += segment.length;
  }
  return sha256Hex(joined).then((payloadSha256) =>
    pack(
      new Map(entries)
        .set('payload', joined)
        .set(
          'chamber-encrypted.json',
          new TextEncoder().encode(
            JSON.stringify({ ...readJson(entries, 'chamber-encrypted.json'), payloadSha256 }),
          ),
        ),
    ),
  );
}

describe('an encrypted file sealed a megabyte at a time', () => {
  it('says how it was sealed, and opens on another laptop with the passphrase', async () => {
    const file = await encryptedMeetingFile();
    const before = await visibleText();
    const entries = unpack(file);
    expect(readJson(entries, 'chamber-encrypted.json')).toMatchObject({
      formatVersion: 2,
      cipher: 'AES-256-GCM',
      segmentBytes,
    });
    expect(Math.ceil((entries.get('payload')?.length ?? 0) / sealed)).toBe(3);
    await newLaptop();
    await importFile(file, { passphrase });
    expect(await visibleText()).toBe(before);
  });

  it('is refused, and nothing written, when its segments are reordered, dropped or cut short', async () => {
    const file = await encryptedMeetingFile();
    await newLaptop();
    const empty = await databaseHash();
    const damaged = [
      await withPayload(file, ([first, second, third]) => [first!, third!, second!]),
      await withPayload(file, ([first, , third]) => [first!, third!]),
      await withPayload(file, (segments) => segments.slice(0, -1)),
      await withPayload(file, ([first, second, third]) => [first!, second!, third!.slice(0, 20)]),
    ];
    for (const bytes of damaged) {
      await expect(importFile(bytes, { passphrase })).rejects.toMatchObject({
        code: 'damaged-file',
        message: expect.stringMatching(/damaged|cut short|segment/i) as unknown,
      });
      expect(await databaseHash()).toBe(empty);
    }
  });
});

describe('a file encrypted by an earlier Chamber (one seal over the whole file)', () => {
  it('still opens with its passphrase', async () => {
    await seedMeeting();
    const before = await visibleRecords();
    const plain = joinParts(await exportFile({ scope: { kind: 'everything' } }, 'none'));
    const salt = crypto.getRandomValues(new Uint8Array(16));
    const iv = crypto.getRandomValues(new Uint8Array(12));
    const key = await deriveKey(passphrase, salt, 600_000);
    const payload = new Uint8Array(
      await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, plain as Uint8Array<ArrayBuffer>),
    );
    const base64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
    const wrapper = {
      format: 'chamber-encrypted',
      formatVersion: 1,
      cipher: 'AES-256-GCM',
      kdf: 'PBKDF2-SHA256',
      iterations: 600_000,
      salt: base64(salt),
      iv: base64(iv),
      payloadSha256: await sha256Hex(payload),
    };
    const file = pack([
      ['chamber-encrypted.json', new TextEncoder().encode(JSON.stringify(wrapper))],
      ['payload', payload],
    ]);
    await newLaptop();
    await expect(importFile(file, { passphrase: 'Civic Centre 2012' })).rejects.toMatchObject({
      code: 'wrong-passphrase',
    });
    await importFile(file, { passphrase });
    expect(await visibleRecords()).toEqual(before);
  });
});
