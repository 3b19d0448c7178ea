import { runChamber } from './lifecycle';

// Electron's entry point (bundled to dist/electron/main.cjs). Everything else is in lifecycle.ts and the
// modules it wires together, each of which is unit-tested against a faked electron module.
runChamber();
