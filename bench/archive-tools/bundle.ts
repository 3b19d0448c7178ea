import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

/**
 * The archive tools (bench/entry.ts) as one script, for evaluating in a Chromium page on Chamber's origin so
 * they write to the same IndexedDB the app reads.
 */
export async function archiveToolsScript(): Promise<string> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL('./entry.ts', import.meta.url))],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    write: false,
    logLevel: 'error',
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error('esbuild produced no archive tools script.');
  return output.text;
}
