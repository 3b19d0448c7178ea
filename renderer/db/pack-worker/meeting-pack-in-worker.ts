import type { PackAudience, PackEdition, PackProgress } from '../../documents/agenda-pack';
import type {
  BuildMeetingPackRequest,
  MadePack,
  PackFileForm,
  PackWorkerHandle,
} from '../../documents/pack-worker';
import { askPackWorker, silenceLimitMs } from '../../documents/pack-worker';

type Spare = { worker: PackWorkerHandle; failed: boolean };

/**
 * The next press's worker, started ahead of it and warming up (warm-up.ts). Each press takes it and ends it when
 * its pack is made (its memory goes with it), and a fresh one is started for the press after.
 */
let spare: Spare | undefined;
/** Packs being made now: no spare is started beside them (on 2 cores it would slow them, and double the memory). */
let building = 0;

function startWorker(): PackWorkerHandle {
  return new Worker(new URL('./meeting-pack.worker.ts', import.meta.url), {
    type: 'module',
    name: 'agenda-pack',
  });
}

function startSpare(start: () => PackWorkerHandle): Spare {
  const started: Spare = { worker: start(), failed: false };
  // A worker that fails before a press takes it (its code did not load) is not handed to one: the press would
  // hear nothing of a failure that happened before it listened, and wait out the silence limit.
  started.worker.addEventListener('error', () => {
    started.failed = true;
    if (spare === started) spare = undefined;
    started.worker.terminate();
  });
  return started;
}

/**
 * Start the next pack's worker now, so that its code is fetched and compiled, the database opened and a sample
 * pack made while the clerk reads the Papers tab, not after the press. Does nothing where there is no Worker.
 */
export function preloadPackWorker(start: () => PackWorkerHandle = startWorker): void {
  if (spare || building > 0 || (start === startWorker && typeof Worker !== 'function')) return;
  spare = startSpare(start);
}

/** Run once the page is next idle (the file just made is being saved first), or soon where it cannot tell. */
function whenIdle(run: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 2000 });
  else setTimeout(run, 200);
}

function takeWorker(start: () => PackWorkerHandle): PackWorkerHandle {
  const taken = spare;
  spare = undefined;
  if (taken && !taken.failed) return taken.worker;
  return start();
}

/**
 * Build a meeting's agenda pack in a Web Worker that reads the meeting, its papers and the template from the
 * database itself: the page posts only the meeting's id and gets back the finished file: its bytes (moved, not
 * copied), or with `fileAs: 'blob'` a Blob the worker made of them. Progress and failures are as
 * buildPackInWorker's; a meeting that no longer exists, or a template that cannot be used, fails with the same
 * words as when the page read them.
 *
 * @example const made = await buildMeetingPackInWorker(meetingId, { ...pack, fileAs: 'blob' }, setProgress);
 */
export function buildMeetingPackInWorker(
  meetingId: string,
  pack: { audience: PackAudience; edition: PackEdition; fileAs?: PackFileForm },
  onProgress: (progress: PackProgress) => void,
  start: () => PackWorkerHandle = startWorker,
  silenceMs = silenceLimitMs,
): Promise<MadePack> {
  const request: BuildMeetingPackRequest = { kind: 'build-meeting', meetingId, ...pack };
  building += 1;
  const made = askPackWorker(takeWorker(start), request, onProgress, silenceMs);
  // The next press gets a warm worker too, started once this one's work is over (on 2 cores, not beside it).
  const again = () => {
    building -= 1;
    whenIdle(() => preloadPackWorker(start));
  };
  void made.then(again, again);
  return made;
}
