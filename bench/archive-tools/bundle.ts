import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

/** A benchmark's in-page half bundled into one script, for evaluating in a Chromium page. */
export async function pageScript(entry: URL): Promise<string> {
  const result = await build({
    entryPoints: [fileURLToPath(entry)],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    write: false,
    logLevel: 'error',
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error(`esbuild produced no script for ${entry.pathname}.`);
  return output.text;
}

/**
 * The archive tools (bench/entry.ts) as one script, for evaluating in a Chromium page on Chamber's origin so
 * they write to the same IndexedDB the app reads.
 */
export function archiveToolsScript(): Promise<string> {
  return pageScript(new URL('./entry.ts', import.meta.url));
}
