import { appendFileSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { WebContents } from 'electron';

/**
 * The local error log a clerk can send to IT: one line per error, main and renderer alike. It never leaves the
 * machine (no telemetry). When it passes maxLogBytes it is moved to chamber.old.log, so at most two files exist.
 */
export const maxLogBytes = 1024 * 1024;
export const logFileName = 'chamber.log';

export type LogSource = 'main' | 'renderer';

export type ErrorLog = {
  readonly file: string;
  write(source: LogSource, message: string): void;
};

export function createErrorLog(folder: string, now: () => Date = () => new Date()): ErrorLog {
  const file = join(folder, logFileName);
  return {
    file,
    write(source, message) {
      // One line per entry keeps the file readable in Notepad and greppable by IT.
      const line = `${now().toISOString()} [${source}] ${message.replace(/\r?\n/g, ' | ')}\n`;
      try {
        mkdirSync(folder, { recursive: true });
        if (sizeOf(file) + line.length > maxLogBytes) renameSync(file, join(folder, 'chamber.old.log'));
        appendFileSync(file, line, 'utf8');
      } catch (error) {
        // The log is the last resort: if even it fails, say so on stderr rather than crash the app.
        console.error('Chamber could not write its error log:', error, line);
      }
    },
  };
}

function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

export function describeError(error: unknown): string {
  if (error instanceof Error) return error.stack ?? `${error.name}: ${error.message}`;
  return String(error);
}

/** The renderer's uncaught errors and console.error lines, and crashes of its process, go to the log too. */
export function logRendererErrors(contents: WebContents, log: ErrorLog): void {
  contents.on('console-message', (details) => {
    if (details.level === 'error') log.write('renderer', details.message);
  });
  contents.on('render-process-gone', (_event, details) => {
    log.write('main', `The window's page stopped (${details.reason}, exit code ${details.exitCode}).`);
  });
}
