import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { WebContents } from 'electron';
import { describe, expect, it } from 'vitest';
import { createErrorLog, describeError, logRendererErrors, maxLogBytes } from '../../../electron/main/log';
import { FakeWebContents } from './support/fake-electron';

const at = (): Date => new Date('2026-03-13T18:00:00.000Z');
const newFolder = (): string => join(mkdtempSync(join(tmpdir(), 'chamber-logs-')), 'logs');

describe('the error log a clerk sends to IT', () => {
  it('is one dated line per error, in a folder it creates', () => {
    const log = createErrorLog(newFolder(), at);
    log.write('main', 'Error: disk full\n    at save (files.ts:10)');
    log.write('renderer', 'TypeError: x is undefined');
    expect(readFileSync(log.file, 'utf8')).toBe(
      '2026-03-13T18:00:00.000Z [main] Error: disk full |     at save (files.ts:10)\n' +
        '2026-03-13T18:00:00.000Z [renderer] TypeError: x is undefined\n',
    );
  });

  it('moves a full log aside rather than growing without end', () => {
    const folder = newFolder();
    const log = createErrorLog(folder, at);
    log.write('main', 'first');
    writeFileSync(log.file, 'x'.repeat(maxLogBytes));
    log.write('main', 'after the move');
    expect(existsSync(join(folder, 'chamber.old.log'))).toBe(true);
    expect(readFileSync(log.file, 'utf8')).toBe('2026-03-13T18:00:00.000Z [main] after the move\n');
  });

  it("records the page's console errors and crashes, not its ordinary messages", () => {
    const log = createErrorLog(newFolder(), at);
    const contents = new FakeWebContents();
    logRendererErrors(contents as unknown as WebContents, log);
    contents.emit('console-message', { level: 'info', message: 'Chamber ready' });
    contents.emit('console-message', { level: 'error', message: 'Uncaught RangeError: bad date' });
    contents.emit('render-process-gone', {}, { reason: 'oom', exitCode: 9 });
    const text = readFileSync(log.file, 'utf8');
    expect(text).toContain('[renderer] Uncaught RangeError: bad date');
    expect(text).toContain("[main] The window's page stopped (oom, exit code 9).");
    expect(text).not.toContain('Chamber ready');
  });

  it('describes errors with their stack, and anything else as text', () => {
    expect(describeError(new Error('boom'))).toMatch(/^Error: boom\n/);
    expect(describeError('plain')).toBe('plain');
  });
});
