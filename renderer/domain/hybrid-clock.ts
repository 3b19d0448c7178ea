/**
 * Hybrid logical clock (Kulkarni et al.): a timestamp that follows wall time but never goes backwards and
 * orders events across laptops whose clocks disagree. Encoded as a fixed-width string so that plain string
 * comparison is the clock's order: "<millis 15 digits>-<counter 5 digits>-<device id>".
 *
 * @example
 *   let clock = startClock('laptop-a');
 *   const [stamp, next] = tick(clock, Date.now()); // stamp: "001700000000000-00000-laptop-a"
 */
export type ClockState = {
  millis: number;
  counter: number;
  deviceId: string;
};

export type HlcStamp = string;

/**
 * How far ahead of this laptop's time another laptop's stamp may pull its clock. A laptop whose clock is days
 * fast would otherwise drag every clock it touches days ahead for good; beyond this its stamps are refused
 * (the clock stays), the clerk is told (clockAheadBy), and an edit made here over such a stamp, which then
 * carries an earlier stamp, is kept as a conflict rather than lost (sync/merge/merge-record.ts).
 */
export const maxDrift = 24 * 60 * 60 * 1000;

export function startClock(deviceId: string): ClockState {
  return { millis: 0, counter: 0, deviceId };
}

export function formatStamp(state: ClockState): HlcStamp {
  return `${String(state.millis).padStart(15, '0')}-${String(state.counter).padStart(5, '0')}-${state.deviceId}`;
}

export function parseStamp(stamp: HlcStamp): ClockState {
  const match = /^(\d{15})-(\d{5})-(.+)$/.exec(stamp);
  if (!match) throw new Error(`Not a clock stamp: ${stamp}`);
  return { millis: Number(match[1]), counter: Number(match[2]), deviceId: match[3] ?? '' };
}

/** A local event: returns the stamp for it and the clock's next state. */
export function tick(state: ClockState, now: number): [HlcStamp, ClockState] {
  const next =
    now > state.millis ? { ...state, millis: now, counter: 0 } : { ...state, counter: state.counter + 1 };
  return [formatStamp(next), next];
}

/**
 * A stamp received from another device: the clock moves past it so later local edits win over it.
 * A remote clock more than a day ahead is not trusted to drag ours forward.
 */
export function receive(state: ClockState, remote: HlcStamp, now: number): ClockState {
  const other = parseStamp(remote);
  if (other.millis - now > maxDrift) return state;
  const millis = Math.max(state.millis, other.millis, now);
  let counter = 0;
  if (millis === state.millis && millis === other.millis)
    counter = Math.max(state.counter, other.counter) + 1;
  else if (millis === state.millis) counter = state.counter + 1;
  else if (millis === other.millis) counter = other.counter + 1;
  return { ...state, millis, counter };
}

/**
 * How far a received stamp is ahead of `now`, in milliseconds, when it is more than the clock accepts
 * (maxDrift); 0 otherwise. The import says so: "the other laptop's clock is 10 days ahead".
 */
export function clockAheadBy(remote: HlcStamp, now: number): number {
  const ahead = parseStamp(remote).millis - now;
  return ahead > maxDrift ? ahead : 0;
}

/**
 * Move the clock past a stamp however far ahead it is: only for a person's choice on a conflict, whose
 * written value must be later than both versions, or the far-ahead one would win again.
 */
export function moveClockPast(state: ClockState, stamp: HlcStamp): ClockState {
  const other = parseStamp(stamp);
  if (state.millis > other.millis || (state.millis === other.millis && state.counter > other.counter))
    return state;
  return { ...state, millis: other.millis, counter: other.counter + 1 };
}

/** The later of two stamps; string order is clock order, device id breaks ties. */
export function laterStamp(a: HlcStamp | undefined, b: HlcStamp | undefined): HlcStamp | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return a >= b ? a : b;
}
