import { useEffect } from 'react';
import { useLocation, useNavigate } from 'react-router';

/** The part of the keyboard page for the screen the clerk is on (the live screen has its own F1 panel). */
export function keysSectionFor(path: string): string {
  if (/^\/meetings\/[^/]+/.test(path)) return 'agenda';
  return 'everywhere';
}

/**
 * F1 on any screen opens the keyboard page at that screen's keys; F1 there goes back. The live meeting screen
 * answers F1 itself (its shortcuts beside the work) and stops the key before it gets here.
 */
export function useHelpKey(): void {
  const navigate = useNavigate();
  const { pathname } = useLocation();
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'F1' || event.defaultPrevented) return;
      event.preventDefault();
      if (pathname === '/help/keyboard') void navigate(-1);
      else void navigate(`/help/keyboard#${keysSectionFor(pathname)}`);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [navigate, pathname]);
}
