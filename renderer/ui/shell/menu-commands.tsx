import { useEffect } from 'react';
import { useLocation, useNavigate } from 'react-router';
import type { MenuCommand } from '../../../electron/shared/bridge';
import { bridge } from '../../platform/bridge';

/**
 * Where each desktop menu command takes the clerk. Pure, so the mapping is testable without a shell:
 * commands about "this meeting" act on the meeting on screen, others open their screen.
 */
export function menuDestination(command: MenuCommand, currentPath: string): string {
  const meeting = /^\/meetings\/([^/]+)/.exec(currentPath)?.[1];
  const committee = /^\/committees\/([^/]+)$/.exec(currentPath)?.[1];
  switch (command) {
    case 'new-meeting':
      return committee && committee !== 'new' ? `/committees/${committee}?new-meeting` : '/?new-meeting';
    case 'import':
      return '/sync?import';
    case 'export':
      return meeting ? `/sync?export-meeting=${meeting}` : '/sync?export';
    case 'print-pack':
      return meeting ? `/meetings/${meeting}?tab=papers` : '/?print-pack';
    case 'keyboard-shortcuts':
      return '/help/keyboard';
  }
}

/** Listens to the desktop menu (in a browser tab there is none, and this does nothing). */
export function MenuCommands() {
  const navigate = useNavigate();
  const location = useLocation();
  useEffect(
    () => bridge().onMenuCommand((command) => void navigate(menuDestination(command, location.pathname))),
    [navigate, location.pathname],
  );
  return null;
}
