import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

// The heap figures need a full collection before each reading. Node gives scripts `gc` only when started with
// --expose-gc, which `npm run bench` (npx tsx) does not pass: switching the flag on here and taking `gc` from a
// fresh context gives the same function, so the figures never depend on how the bench was started.
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

/** The JavaScript heap in use after a full collection, in MB. */
export function heapMb(): number {
  collect();
  return process.memoryUsage().heapUsed / 1e6;
}
