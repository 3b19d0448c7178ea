import type { ChamberBridge } from '../../electron/shared/bridge';
import { createBrowserBridge } from './browser-bridge';

let fallback: ChamberBridge | undefined;

/** The one accessor the UI uses: Electron's preload bridge when present, otherwise the browser's. */
export function bridge(): ChamberBridge {
  if (typeof window !== 'undefined' && window.chamber) return window.chamber;
  fallback ??= createBrowserBridge(import.meta.env.VITE_APP_VERSION ?? '0.1.0');
  return fallback;
}
