import { mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { BrowserWindow, Rectangle } from 'electron';
import { writeFileAtomicSync } from './atomic-write';

/** Where and how big the window was when the clerk last closed it. */
export type WindowState = {
  bounds: { x?: number; y?: number; width: number; height: number };
  maximised: boolean;
};

export const defaultWindowState: WindowState = { bounds: { width: 1280, height: 860 }, maximised: false };
export const minimumSize = { width: 800, height: 600 };

/**
 * Read the saved state; anything missing, unreadable or off every screen (a projector that has gone home) falls
 * back to the default size, centred, rather than opening a window nobody can see.
 */
export function loadWindowState(file: string, workAreas: Rectangle[]): WindowState {
  let saved: unknown;
  try {
    saved = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return defaultWindowState;
  }
  if (!isState(saved)) return defaultWindowState;
  const width = Math.max(minimumSize.width, Math.round(saved.bounds.width));
  const height = Math.max(minimumSize.height, Math.round(saved.bounds.height));
  const { x, y } = saved.bounds;
  const placed = x !== undefined && y !== undefined && workAreas.some((area) => overlaps(area, x, y, width));
  return { bounds: placed ? { x, y, width, height } : { width, height }, maximised: saved.maximised };
}

/** Synchronous: it runs as the window closes, and the app may quit straight after. */
export function saveWindowState(file: string, state: WindowState): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileAtomicSync(file, new TextEncoder().encode(JSON.stringify(state, null, 2)));
}

/** The state to remember: the normal (unmaximised) bounds, so un-maximising next time restores them. */
export function captureWindowState(window: BrowserWindow): WindowState {
  const { x, y, width, height } = window.getNormalBounds();
  return { bounds: { x, y, width, height }, maximised: window.isMaximized() };
}

/** Enough of the title bar must be on a screen for the clerk to grab it. */
function overlaps(area: Rectangle, x: number, y: number, width: number): boolean {
  const grab = 100;
  return (
    x + width - grab >= area.x &&
    x + grab <= area.x + area.width &&
    y >= area.y &&
    y + 30 <= area.y + area.height
  );
}

function isState(value: unknown): value is WindowState {
  if (typeof value !== 'object' || value === null) return false;
  const { bounds, maximised } = value as Partial<WindowState>;
  if (typeof maximised !== 'boolean' || typeof bounds !== 'object' || bounds === null) return false;
  const numbers = [bounds.width, bounds.height];
  const position = [bounds.x, bounds.y];
  return (
    numbers.every((n) => Number.isFinite(n) && n > 0) &&
    position.every((n) => n === undefined || Number.isFinite(n))
  );
}

/** Save the window's place when it closes, so the next start opens it where the clerk left it. */
export function rememberWindowState(
  window: BrowserWindow,
  file: string,
  onError: (error: unknown) => void,
): void {
  window.on('close', () => {
    try {
      saveWindowState(file, captureWindowState(window));
    } catch (error) {
      onError(error);
    }
  });
}
