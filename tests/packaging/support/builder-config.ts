import { createRequire } from 'node:module';
import type { Configuration } from 'electron-builder';

const require = createRequire(import.meta.url);

/** build/electron-builder.config.cjs, as electron-builder reads it. */
export function builderConfig(): Configuration {
  return require('../../../build/electron-builder.config.cjs') as Configuration;
}
