import { db } from '../db/database';
import { loadDeviceClock } from '../db/device';
import { readKnowledge, readSyncMeta, writeSyncMeta } from '../db/sync-apply';
import { formatStamp } from '../domain/hybrid-clock';
import { joinKnowledge } from './merge/knowledge';
import type { Knowledge } from './merge/types';

/**
 * What this laptop knows (merge/types.ts Knowledge): the stored vector from past imports joined with its own
 * clock, since every edit made here up to the clock is here.
 */
export async function currentKnowledge(): Promise<Knowledge> {
  const clock = await loadDeviceClock(db);
  return joinKnowledge(await readKnowledge(db), { [clock.deviceId]: formatStamp(clock) });
}

/**
 * What we believe a peer holds, for "changes since my last exchange with device X": what it said it knew in
 * its last file to us, joined with what we knew when we last sent it one (files are kept until read, so a
 * file sent is a file it will have). Null when we have never exchanged: the export is then full.
 */
export type PeerKnowledge = { acknowledged?: Knowledge; sent?: Knowledge };

export function peerKey(deviceId: string): string {
  return `peer/${deviceId}`;
}

export async function readPeerKnowledge(deviceId: string): Promise<PeerKnowledge> {
  const stored = await readSyncMeta(db, peerKey(deviceId));
  return stored && typeof stored === 'object' ? stored : {};
}

export async function sinceLastExchange(deviceId: string): Promise<Knowledge | null> {
  const peer = await readPeerKnowledge(deviceId);
  if (!peer.acknowledged && !peer.sent) return null;
  return joinKnowledge(peer.acknowledged ?? {}, peer.sent ?? {});
}

export async function recordSent(deviceId: string, knowledge: Knowledge): Promise<void> {
  const peer = await readPeerKnowledge(deviceId);
  await writeSyncMeta(db, peerKey(deviceId), { ...peer, sent: joinKnowledge(peer.sent ?? {}, knowledge) });
}

/** The name other laptops see for this one; the device id until the clerk names it. */
export async function deviceName(): Promise<string> {
  return (await chosenDeviceName()) || (await loadDeviceClock(db)).deviceId;
}

/** The name the clerk gave this laptop, or '' while it has none (other laptops then see its id). */
export async function chosenDeviceName(): Promise<string> {
  const name = await readSyncMeta(db, 'deviceName');
  return typeof name === 'string' ? name.trim() : '';
}

export async function setDeviceName(name: string): Promise<void> {
  await writeSyncMeta(db, 'deviceName', name.trim());
}
