/**
 * A small seeded random source (mulberry32): the same seed gives the same archive on every machine, so tests
 * and benchmarks can name a phrase and know which meeting holds it.
 */
export type Random = {
  /** A number in [0, 1). */
  next: () => number;
  int: (min: number, max: number) => number;
  chance: (probability: number) => boolean;
  pick: <T>(list: readonly T[]) => T;
  /** Distinct picks, in random order. */
  sample: <T>(list: readonly T[], count: number) => T[];
  /** A UUID-shaped id, stable for the seed. */
  id: () => string;
  /** Fill bytes that do not compress, like a scanned page. */
  fill: (bytes: Uint8Array) => void;
};

export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => {
    if (list.length === 0) throw new Error('Cannot pick from an empty list.');
    return list[Math.floor(next() * list.length)] as T;
  };
  const sample = <T>(list: readonly T[], count: number): T[] => {
    const copy = [...list];
    for (let index = copy.length - 1; index > 0; index -= 1) {
      const other = Math.floor(next() * (index + 1));
      [copy[index], copy[other]] = [copy[other] as T, copy[index] as T];
    }
    return copy.slice(0, count);
  };
  const hex = (length: number): string => {
    let out = '';
    while (out.length < length)
      out += Math.floor(next() * 4294967296)
        .toString(16)
        .padStart(8, '0');
    return out.slice(0, length);
  };
  const id = (): string => `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`;
  const fill = (bytes: Uint8Array): void => {
    for (let index = 0; index < bytes.length; index += 4) {
      const word = Math.floor(next() * 4294967296);
      bytes[index] = word & 255;
      bytes[index + 1] = (word >>> 8) & 255;
      bytes[index + 2] = (word >>> 16) & 255;
      bytes[index + 3] = (word >>> 24) & 255;
    }
  };
  return { next, int, chance: (probability) => next() < probability, pick, sample, id, fill };
}
