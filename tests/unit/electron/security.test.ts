import type { App, Session, WebContents } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { denyPermissions, isAppUrl, lockDownContents, secureApp } from '../../../electron/main/security';
import { fakeApp, fakeEvent, FakeWebContents, resetFakeElectron } from './support/fake-electron';

vi.mock('electron', async () => (await import('./support/fake-electron')).fakeElectron);

beforeEach(resetFakeElectron);

function lockedContents(): FakeWebContents {
  const contents = new FakeWebContents();
  lockDownContents(contents as unknown as WebContents);
  return contents;
}

describe('every web contents is locked to Chamber', () => {
  it('refuses to navigate anywhere, even to a link in pasted minutes', () => {
    const contents = lockedContents();
    const event = fakeEvent();
    contents.emit('will-navigate', event, 'https://example.com/');
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('refuses redirects and <webview> tags', () => {
    const contents = lockedContents();
    const redirect = fakeEvent();
    const webview = fakeEvent();
    contents.emit('will-redirect', redirect);
    contents.emit('will-attach-webview', webview, {}, {});
    expect(redirect.preventDefault).toHaveBeenCalled();
    expect(webview.preventDefault).toHaveBeenCalled();
  });

  it('opens no new windows', () => {
    const contents = lockedContents();
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
  });

  it('locks contents created later, through the app', () => {
    secureApp(fakeApp as unknown as App);
    const later = new FakeWebContents();
    fakeApp.emit('web-contents-created', fakeEvent(), later);
    expect(later.windowOpenHandler?.({ url: 'chamber://app/index.html' })).toEqual({ action: 'deny' });
  });
});

describe('permissions', () => {
  it('grants no permission request and answers every check with no', () => {
    const session = {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      setDevicePermissionHandler: vi.fn(),
    };
    denyPermissions(session as unknown as Session);
    const [requestHandler] = session.setPermissionRequestHandler.mock.calls[0] as [
      (contents: unknown, permission: string, callback: (granted: boolean) => void) => void,
    ];
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const callback = vi.fn();
      requestHandler({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
    }
    const [checkHandler] = session.setPermissionCheckHandler.mock.calls[0] as [() => boolean];
    const [deviceHandler] = session.setDevicePermissionHandler.mock.calls[0] as [() => boolean];
    expect(checkHandler()).toBe(false);
    expect(deviceHandler()).toBe(false);
  });
});

describe('isAppUrl', () => {
  it("knows Chamber's own pages from anything else", () => {
    expect(isAppUrl('chamber://app/index.html#/meetings')).toBe(true);
    expect(isAppUrl('chamber://evil/index.html')).toBe(false);
    expect(isAppUrl('file:///C:/Users/clerk/index.html')).toBe(false);
    expect(isAppUrl('https://app/index.html')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });
});
