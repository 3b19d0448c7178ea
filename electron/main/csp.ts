import type { Session } from 'electron';

/**
 * The Content-Security-Policy of every page Chamber shows. It repeats renderer/index.html's meta tag (a test
 * keeps the two equal) because a header also covers responses the meta tag cannot, such as workers: no remote
 * sources at all, no inline script, no plugins, no framing. 'wasm-unsafe-eval' lets the app's own bundled
 * WebAssembly compile (the export's streaming SHA-256, hash-wasm); it allows no JavaScript eval.
 */
export const contentSecurityPolicy =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self' blob: data:; worker-src 'self' blob:; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** Add the CSP header to every response the session receives, replacing any the response carried. */
export function enforceContentSecurityPolicy(session: Session): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    const headers = Object.fromEntries(
      Object.entries(details.responseHeaders ?? {}).filter(
        ([name]) => name.toLowerCase() !== 'content-security-policy',
      ),
    );
    callback({ responseHeaders: { ...headers, 'Content-Security-Policy': [contentSecurityPolicy] } });
  });
}
