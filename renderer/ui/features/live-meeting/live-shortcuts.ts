/**
 * The keyboard of the meeting screen. Alt plus a letter works wherever the focus is, the minute editor
 * included, so the clerk never leaves the keyboard; letters avoid F, E, V, W and H, which open the desktop
 * app's menus. Keys are matched by their physical position (`code`), so they work on any keyboard layout.
 */
export const shortcuts = [
  { id: 'nextItem', keys: 'Alt+↓', code: 'ArrowDown', shift: false, does: 'Look at the next agenda item' },
  {
    id: 'previousItem',
    keys: 'Alt+↑',
    code: 'ArrowUp',
    shift: false,
    does: 'Look at the previous agenda item',
  },
  {
    id: 'takeItem',
    keys: 'Alt+T',
    code: 'KeyT',
    shift: false,
    does: 'Take this item now (gives it its minute number)',
  },
  { id: 'takeNext', keys: 'Alt+N', code: 'KeyN', shift: false, does: 'Take the next item on the agenda' },
  { id: 'minute', keys: 'Alt+M', code: 'KeyM', shift: false, does: 'Write the minute' },
  { id: 'resolution', keys: 'Alt+R', code: 'KeyR', shift: false, does: 'Resolution' },
  { id: 'declarations', keys: 'Alt+D', code: 'KeyD', shift: false, does: 'Declarations of interest' },
  { id: 'motions', keys: 'Alt+O', code: 'KeyO', shift: false, does: 'Motions and votes' },
  {
    id: 'vote',
    keys: 'Alt+B',
    code: 'KeyB',
    shift: false,
    does: 'The vote on the last motion not yet voted on',
  },
  {
    id: 'proceedings',
    keys: 'Alt+G',
    code: 'KeyG',
    shift: false,
    does: 'Record the next step: a paragraph, point of order, nomination, election vote, change of chair',
  },
  { id: 'conclusions', keys: 'Alt+C', code: 'KeyC', shift: false, does: 'Conclusions and actions' },
  {
    id: 'urgent',
    keys: 'Alt+U',
    code: 'KeyU',
    shift: false,
    does: 'Special circumstances of an urgent item',
  },
  { id: 'history', keys: 'Alt+Y', code: 'KeyY', shift: false, does: 'Earlier versions of this minute' },
  { id: 'attendance', keys: 'Alt+A', code: 'KeyA', shift: false, does: 'Attendance and quorum' },
  { id: 'phrases', keys: 'Alt+K', code: 'KeyK', shift: false, does: 'Edit the phrases' },
  { id: 'start', keys: 'Alt+S', code: 'KeyS', shift: false, does: 'Start the meeting, or resume it' },
  { id: 'adjourn', keys: 'Alt+P', code: 'KeyP', shift: false, does: 'Adjourn (pause) the meeting' },
  { id: 'exclude', keys: 'Alt+X', code: 'KeyX', shift: false, does: 'Exclude the press and public' },
  { id: 'readmit', keys: 'Alt+Shift+X', code: 'KeyX', shift: true, does: 'Readmit the press and public' },
  { id: 'close', keys: 'Alt+Q', code: 'KeyQ', shift: false, does: 'Close the meeting' },
  { id: 'help', keys: 'F1 or Alt+/', code: 'Slash', shift: false, does: 'Show or hide these shortcuts' },
] as const;

export type ShortcutId = (typeof shortcuts)[number]['id'] | 'phrase';

/** In the attendance list, on a person. */
export const attendanceKeys = [
  { keys: 'P', does: 'Present' },
  { keys: 'A', does: 'Apologies' },
  { keys: 'X', does: 'Absent' },
  { keys: 'R', does: 'Attending remotely (where allowed)' },
  { keys: 'L', does: 'Arrived late: now, during this item' },
  { keys: 'D', does: 'Left early: now, during this item' },
  { keys: '↑ ↓', does: 'Previous or next person' },
] as const;

/** Inside the minute editor. */
export const editorKeys = [
  { keys: 'Alt+1 … Alt+9', does: 'Use a phrase (its text, or the item’s resolution)' },
  { keys: 'Ctrl+B / Ctrl+I', does: 'Bold / italic' },
  { keys: 'Ctrl+Shift+8', does: 'Bulleted list' },
  { keys: 'Ctrl+Shift+7', does: 'Numbered list' },
  { keys: 'Ctrl+Shift+9', does: 'Table' },
  { keys: 'Tab / Shift+Tab', does: 'In a table: next / previous cell (Tab in the last cell adds a row)' },
  { keys: 'Alt+Shift+↓ / ↑', does: 'In a table: add a row below / above' },
  { keys: 'Alt+Shift+→ / ←', does: 'In a table: add a column to the right / left' },
  { keys: 'Alt+Shift+Backspace / Delete', does: 'In a table: remove the row / the column' },
  { keys: 'Ctrl+Z / Ctrl+Shift+Z', does: 'Undo / redo' },
] as const;

export type Matched = { id: ShortcutId; digit?: number };

export function matchShortcut(
  event: Pick<KeyboardEvent, 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'code' | 'key'>,
): Matched | undefined {
  if (event.key === 'F1') return { id: 'help' };
  if (!event.altKey || event.ctrlKey || event.metaKey) return undefined;
  const digit = /^Digit([1-9])$/.exec(event.code);
  if (digit) return { id: 'phrase', digit: Number(digit[1]) };
  const found = shortcuts.find(
    (shortcut) => shortcut.code === event.code && shortcut.shift === event.shiftKey,
  );
  return found ? { id: found.id } : undefined;
}
