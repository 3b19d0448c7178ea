import { readFileSync } from 'node:fs';
import type { Session } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { contentSecurityPolicy, enforceContentSecurityPolicy } from '../../../electron/main/csp';

type Listener = (
  details: { responseHeaders?: Record<string, string[]> },
  callback: (response: { responseHeaders: Record<string, string[]> }) => void,
) => void;

function headersFor(responseHeaders: Record<string, string[]> | undefined): Record<string, string[]> {
  const onHeadersReceived = vi.fn();
  enforceContentSecurityPolicy({ webRequest: { onHeadersReceived } } as unknown as Session);
  const [listener] = onHeadersReceived.mock.calls[0] as [Listener];
  let result: Record<string, string[]> = {};
  listener({ responseHeaders }, (response) => (result = response.responseHeaders));
  return result;
}

describe('the Content-Security-Policy header', () => {
  it('is added to every response', () => {
    expect(headersFor(undefined)).toEqual({ 'Content-Security-Policy': [contentSecurityPolicy] });
    expect(headersFor({ 'Content-Type': ['text/html'] })).toEqual({
      'Content-Type': ['text/html'],
      'Content-Security-Policy': [contentSecurityPolicy],
    });
  });

  it('replaces any weaker policy a response brings', () => {
    const headers = headersFor({ 'content-security-policy': ["default-src *; script-src 'unsafe-inline'"] });
    expect(headers).toEqual({ 'Content-Security-Policy': [contentSecurityPolicy] });
  });

  it('allows no remote source and no inline script', () => {
    expect(contentSecurityPolicy).toContain("script-src 'self' 'wasm-unsafe-eval';");
    expect(contentSecurityPolicy).toContain("object-src 'none'");
    expect(contentSecurityPolicy).not.toMatch(/https?:|\*|'unsafe-eval'/);
    expect(contentSecurityPolicy.match(/script-src [^;]*/)?.[0]).not.toContain('unsafe-inline');
  });

  it("says the same as the page's own meta tag", () => {
    const html = readFileSync('renderer/index.html', 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBe(contentSecurityPolicy);
  });
});
