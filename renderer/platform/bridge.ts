import type { ChamberBridge } from '../../electron/shared/bridge';
import { createBrowserBridge } from './browser-bridge';

/** Set at build time from package.json (vite.config.ts). */
declare const __APP_VERSION__: string;
const appVersion = typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : '0.0.0';

let fallback: ChamberBridge | undefined;

/** The one accessor the UI uses: Electron's preload bridge when present, otherwise the browser's. */
export function bridge(): ChamberBridge {
  if (typeof window !== 'undefined' && window.chamber) return window.chamber;
  fallback ??= createBrowserBridge(appVersion);
  return fallback;
}
