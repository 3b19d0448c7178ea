import type { HlcStamp } from '../../domain/hybrid-clock';
import type { Knowledge, RecordState } from './types';

/** The device that made a stamp: the part after "<millis>-<counter>-". */
export function originOf(stamp: HlcStamp): string {
  return stamp.slice(22);
}

/** Whether a laptop with this knowledge had merged the edit made at `stamp`. */
export function hasSeen(knowledge: Knowledge, stamp: HlcStamp): boolean {
  const known = knowledge[originOf(stamp)];
  return known !== undefined && stamp <= known;
}

/** Knowledge after merging two: per device, the later stamp. */
export function joinKnowledge(a: Knowledge, b: Knowledge): Knowledge {
  const joined: Knowledge = { ...a };
  for (const [device, stamp] of Object.entries(b)) {
    const mine = joined[device];
    if (mine === undefined || stamp > mine) joined[device] = stamp;
  }
  return joined;
}

/** Whether `a` knows at least everything `b` does. */
export function covers(a: Knowledge, b: Knowledge): boolean {
  return Object.values(b).every((stamp) => hasSeen(a, stamp));
}

/** Every stamp a record carries: its fields' and its tombstone. */
export function stampsOf(state: RecordState): HlcStamp[] {
  const stamps = Object.values(state.stamps);
  if (state.deletedAt) stamps.push(state.deletedAt);
  return stamps;
}

/** Whether a record holds any edit a laptop with this knowledge has not merged: incremental exports carry it. */
export function isNewTo(knowledge: Knowledge, state: RecordState): boolean {
  return stampsOf(state).some((stamp) => !hasSeen(knowledge, stamp));
}

export function highestStamp(states: Iterable<RecordState>): HlcStamp | undefined {
  let highest: HlcStamp | undefined;
  for (const state of states) {
    for (const stamp of stampsOf(state)) if (highest === undefined || stamp > highest) highest = stamp;
  }
  return highest;
}
