import { Tooltip } from '@fluentui/react-components';
import { createContext, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';

/** What a drag handle tells the agenda's one hint: the pointer or focus came to it, or left it. */
export type HandleHint = {
  show: (handle: HTMLElement) => void;
  hide: (at: 'pointer' | 'focus') => void;
};

const HandleHintContext = createContext<HandleHint>({ show: () => undefined, hide: () => undefined });

export const useHandleHint = () => useContext(HandleHintContext);

// Fluent Tooltip's own timings: shown after a quarter second, hidden a quarter second after the pointer leaves
// (at once on blur), and moved at once from one handle to the next.
const delay = 250;

/**
 * One "Drag, or press Space then arrow keys, to move" hint for every drag handle of the agenda, placed over the
 * handle the pointer or focus is on. A Fluent Tooltip per handle ran its positioning, timer and style hooks for
 * every line as the agenda opened; this one is in the page only while it shows. It is for the eye: screen
 * readers hear dnd-kit's own instructions on the handle (aria-describedby).
 */
export function HandleHintHost({ children }: { children: ReactNode }) {
  const [target, setTarget] = useState<HTMLElement | null>(null);
  const shown = useRef<HTMLElement | null>(null);
  const timer = useRef<number | undefined>(undefined);
  const hint = useMemo<HandleHint>(() => {
    const later = (then: () => void, wait: number) => {
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(then, wait);
    };
    const set = (next: HTMLElement | null) => {
      shown.current = next;
      setTarget(next);
    };
    return {
      show: (handle) => later(() => set(handle), shown.current ? 0 : delay),
      hide: (at) => later(() => set(null), at === 'focus' ? 0 : delay),
    };
  }, []);
  useEffect(() => () => window.clearTimeout(timer.current), []);
  return (
    <HandleHintContext.Provider value={hint}>
      {children}
      {target?.isConnected ? (
        <Tooltip
          content="Drag, or press Space then arrow keys, to move"
          relationship="inaccessible"
          visible
          positioning={{ target, position: 'above' }}
          onVisibleChange={(_, data) => {
            // Escape (Fluent's own listener) closes it, as it closed the handle's own tooltip.
            if (!data.visible) hint.hide('focus');
          }}
        >
          <span hidden />
        </Tooltip>
      ) : null}
    </HandleHintContext.Provider>
  );
}
