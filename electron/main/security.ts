import type { App, Session, WebContents } from 'electron';
import { appOrigin } from './app-protocol';

/**
 * Chamber shows its own pages and nothing else. Every web contents the app ever creates is locked down here:
 * no navigating away (a dropped file or a link in pasted minutes must not replace the app), no new windows, no
 * <webview>, and no permission (camera, microphone, notifications, location...) granted to anything.
 */

export function isAppUrl(url: string): boolean {
  try {
    // Node's URL gives custom schemes an opaque origin, so compare scheme and host instead.
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}` === appOrigin;
  } catch {
    return false;
  }
}

export function lockDownContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

export function denyPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}

/** Apply the lock to every web contents at birth, including any a future module forgets about. */
export function secureApp(app: App): void {
  app.on('web-contents-created', (_event, contents) => lockDownContents(contents));
}
