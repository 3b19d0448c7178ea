import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { protocol } from 'electron';
import { contentSecurityPolicy } from './csp';

/**
 * Chamber's pages come from chamber://app/, served from the built renderer folder, rather than from file://:
 * file:// would let any page read any file on the laptop, while this scheme serves one folder and nothing else.
 * Being a standard, secure scheme gives the renderer its own origin, so IndexedDB persists under it.
 */
export const appScheme = 'chamber';
export const appOrigin = `${appScheme}://app`;
export const appEntry = `${appOrigin}/index.html`;

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

/** Must run before the app is ready: Chromium fixes scheme privileges at start-up. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: appScheme,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ]);
}

/** Answer one chamber:// request from the renderer folder; anything outside it is refused. */
export async function serveAppFile(rendererFolder: string, url: string): Promise<Response> {
  const parsed = new URL(url);
  const root = normalize(rendererFolder);
  const relative = decodeURIComponent(parsed.pathname === '/' ? '/index.html' : parsed.pathname);
  const file = normalize(join(root, relative));
  if (parsed.host !== 'app' || !(file === root || file.startsWith(root.endsWith(sep) ? root : root + sep))) {
    return new Response('Not found', { status: 404 });
  }
  try {
    const body = await readFile(file);
    const headers = {
      'Content-Type': contentTypes[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'Content-Security-Policy': contentSecurityPolicy,
      'X-Content-Type-Options': 'nosniff',
    };
    return new Response(new Uint8Array(body), { status: 200, headers });
  } catch {
    return new Response('Not found', { status: 404 });
  }
}

export function handleAppScheme(rendererFolder: string): void {
  protocol.handle(appScheme, (request) => serveAppFile(rendererFolder, request.url));
}
