import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { handleAppScheme, registerAppScheme, serveAppFile } from '../../../electron/main/app-protocol';
import { contentSecurityPolicy } from '../../../electron/main/csp';
import { fakeElectron, resetFakeElectron } from './support/fake-electron';

vi.mock('electron', async () => (await import('./support/fake-electron')).fakeElectron);

let root: string;
let renderer: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'chamber-protocol-'));
  renderer = join(root, 'renderer');
  mkdirSync(join(renderer, 'assets'), { recursive: true });
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Chamber</title>');
  writeFileSync(join(renderer, 'assets', 'index-abc.js'), 'console.log(1)');
  writeFileSync(join(root, 'secret.txt'), 'not for the page');
});
beforeEach(resetFakeElectron);

describe('chamber://app/ serves the built renderer and nothing else', () => {
  it('serves the page with its type and the CSP header', async () => {
    const response = await serveAppFile(renderer, 'chamber://app/index.html');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    expect(await response.text()).toContain('<title>Chamber</title>');
    const script = await serveAppFile(renderer, 'chamber://app/assets/index-abc.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it('refuses paths that climb out of the renderer folder', async () => {
    for (const url of [
      'chamber://app/../secret.txt',
      'chamber://app/%2e%2e/secret.txt',
      'chamber://app/assets/..%2f..%2fsecret.txt',
      'chamber://app/..%5csecret.txt',
      'chamber://other/index.html',
    ]) {
      expect((await serveAppFile(renderer, url)).status, url).toBe(404);
    }
  });

  it('answers a missing file with 404', async () => {
    expect((await serveAppFile(renderer, 'chamber://app/nothing.js')).status).toBe(404);
  });

  it('is a secure standard scheme, so the page has an origin and IndexedDB persists', () => {
    registerAppScheme();
    const [schemes] = fakeElectron.protocol.registerSchemesAsPrivileged.mock.calls[0] as [
      { scheme: string; privileges: { standard: boolean; secure: boolean } }[],
    ];
    expect(schemes[0]).toMatchObject({ scheme: 'chamber', privileges: { standard: true, secure: true } });
    handleAppScheme(renderer);
    expect(fakeElectron.protocol.handle).toHaveBeenCalledWith('chamber', expect.any(Function));
  });
});
