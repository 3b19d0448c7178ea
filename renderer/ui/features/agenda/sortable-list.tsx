import {
  DndContext,
  KeyboardSensor,
  PointerSensor,
  closestCenter,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
} from '@dnd-kit/core';
import { SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { useMemo, type ReactNode } from 'react';

// Kept outside the component: a new options object each render would give dnd-kit new sensors, and with them a
// new context that draws every row of the list again.
const pointerOptions = { activationConstraint: { distance: 4 } };
const keyboardOptions = { coordinateGetter: sortableKeyboardCoordinates };
const screenReaderInstructions = {
  draggable:
    'To move this item, press Space, then the up and down arrow keys, then Space again to drop it, or Escape to cancel.',
};

/**
 * A list the clerk reorders by dragging a handle with the mouse, or from the keyboard: focus the handle, Space to
 * pick up, arrow keys to move, Space to drop, Escape to put back. Screen readers hear each step by item name.
 */
export function SortableList({
  ids,
  nameOf,
  onMove,
  children,
}: {
  ids: string[];
  nameOf: (id: string) => string;
  onMove: (id: string, toIndex: number) => void;
  children: ReactNode;
}) {
  const sensors = useSensors(
    useSensor(PointerSensor, pointerOptions),
    useSensor(KeyboardSensor, keyboardOptions),
  );
  const accessibility = useMemo(() => {
    const position = (id: string | number | undefined) => ids.indexOf(String(id)) + 1;
    const announcements: Announcements = {
      onDragStart: ({ active }) =>
        `Picked up ${nameOf(String(active.id))}. It is number ${position(active.id)}.`,
      onDragOver: ({ active, over }) =>
        over ? `${nameOf(String(active.id))} would move to number ${position(over.id)}.` : undefined,
      onDragEnd: ({ active, over }) =>
        over ? `${nameOf(String(active.id))} dropped at number ${position(over.id)}.` : undefined,
      onDragCancel: ({ active }) =>
        `Moving ${nameOf(String(active.id))} was cancelled; it is back where it was.`,
    };
    // Its announcements go to the page's end, not inside the agenda's <ol> (a list holds only its items).
    return { announcements, screenReaderInstructions, container: document.body };
  }, [ids, nameOf]);
  const end = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    onMove(String(active.id), ids.indexOf(String(over.id)));
  };
  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      onDragEnd={end}
      accessibility={accessibility}
    >
      <SortableContext items={ids} strategy={verticalListSortingStrategy}>
        {children}
      </SortableContext>
    </DndContext>
  );
}
