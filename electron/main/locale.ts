import type { App } from 'electron';

/**
 * Chamber is made for British councils: date fields must read 24/11/2026, not 11/24/2026, on any laptop, even
 * one set up in American English. Chromium takes the form controls' language from this switch, which only
 * works before the app is ready.
 */
export function useBritishDates(app: Pick<App, 'commandLine'>): void {
  app.commandLine.appendSwitch('lang', 'en-GB');
}
