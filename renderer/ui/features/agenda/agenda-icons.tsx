import type { AgendaLook } from './agenda-look';

/**
 * The three icons of an agenda line, drawn as plain SVG with the path data and classes of Fluent's 20px regular
 * icons (ArrowUpRegular, ArrowDownRegular, ReOrderDotsVerticalRegular in @fluentui/react-icons). Each Fluent icon
 * runs its own style and context hooks as it mounts, and a 40-item agenda mounts 120 of them; these cost nothing
 * beyond their elements and look the same.
 */
const paths = {
  up: 'M3.13 9.16a.5.5 0 1 0 .74.68L9.5 3.67V17.5a.5.5 0 1 0 1 0V3.67l5.63 6.17a.5.5 0 0 0 .74-.68l-6.32-6.92a.75.75 0 0 0-1.1 0z',
  down: 'M16.87 10.84a.5.5 0 1 0-.74-.68l-5.63 6.17V2.5a.5.5 0 0 0-1 0v13.83l-5.63-6.17a.5.5 0 0 0-.74.68l6.31 6.91a.75.75 0 0 0 1.11 0z',
  handle:
    'M7 5a1 1 0 1 0 0-2 1 1 0 0 0 0 2m0 6a1 1 0 1 0 0-2 1 1 0 0 0 0 2m1 5a1 1 0 1 1-2 0 1 1 0 0 1 2 0m5-11a1 1 0 1 0 0-2 1 1 0 0 0 0 2m1 5a1 1 0 1 1-2 0 1 1 0 0 1 2 0m-1 7a1 1 0 1 0 0-2 1 1 0 0 0 0 2',
} as const;

export type AgendaIconName = keyof typeof paths;

/** An icon inside a button's icon slot; hidden from screen readers, as Fluent's are (the button has the name). */
export function AgendaIcon({ name, look }: { name: AgendaIconName; look: AgendaLook }) {
  return (
    <span className={look.icon}>
      <svg
        className={look.svg}
        fill="currentColor"
        aria-hidden="true"
        width="1em"
        height="1em"
        viewBox="0 0 20 20"
        xmlns="http://www.w3.org/2000/svg"
        data-fui-icon=""
      >
        <path d={paths[name]} fill="currentColor" />
      </svg>
    </span>
  );
}
