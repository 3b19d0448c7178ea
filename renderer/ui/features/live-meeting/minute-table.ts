import { Extension, type Editor } from '@tiptap/react';
import { TableKit } from '@tiptap/extension-table';

/**
 * Tables in a minute (a declarations table, figures read out in the meeting): made from the keyboard or pasted
 * from Word or LibreOffice, whose clipboard HTML arrives as a table rather than a run-on line. Tab and Shift+Tab
 * move between cells as in Word, and Tab in the last cell adds a row (TableKit's own keys); the keys below add
 * and remove rows and columns. Alt+Shift+arrow is free on the live screen: its own shortcuts are Alt+letter.
 */
export const minuteTableKeys = {
  insert: 'Ctrl+Shift+9',
  rowBelow: 'Alt+Shift+↓',
  rowAbove: 'Alt+Shift+↑',
  columnRight: 'Alt+Shift+→',
  columnLeft: 'Alt+Shift+←',
  removeRow: 'Alt+Shift+Backspace',
  removeColumn: 'Alt+Shift+Delete',
} as const;

/** A new table: a header row for the column names and one row to type in; Tab in the last cell adds more. */
export function insertMinuteTable(editor: Editor): boolean {
  if (editor.isActive('table')) return false;
  return editor.chain().focus().insertTable({ rows: 2, cols: 3, withHeaderRow: true }).run();
}

const tableKeys = Extension.create({
  name: 'minuteTableKeys',
  addKeyboardShortcuts() {
    const inTable = (command: () => boolean) => () => this.editor.isActive('table') && command();
    return {
      // Inside a table the key is taken and does nothing: a table within a cell would not print.
      'Mod-Shift-9': () => this.editor.isActive('table') || insertMinuteTable(this.editor),
      'Alt-Shift-ArrowDown': inTable(() => this.editor.commands.addRowAfter()),
      'Alt-Shift-ArrowUp': inTable(() => this.editor.commands.addRowBefore()),
      'Alt-Shift-ArrowRight': inTable(() => this.editor.commands.addColumnAfter()),
      'Alt-Shift-ArrowLeft': inTable(() => this.editor.commands.addColumnBefore()),
      'Alt-Shift-Backspace': inTable(() => removeRowOrTable(this.editor)),
      'Alt-Shift-Delete': inTable(() => removeColumnOrTable(this.editor)),
    };
  },
});

/** Removing the only row (or column) left removes the table, as Word does. */
export function removeRowOrTable(editor: Editor): boolean {
  return editor.commands.deleteRow() || editor.commands.deleteTable();
}

export function removeColumnOrTable(editor: Editor): boolean {
  return editor.commands.deleteColumn() || editor.commands.deleteTable();
}

/**
 * The editor's table nodes (table, tableRow, tableHeader, tableCell: the names the stored RichText and the
 * documents read) and their keys. Column widths dragged by mouse are not offered: the papers size columns.
 */
export const minuteTableExtensions = [TableKit.configure({ table: { resizable: false } }), tableKeys];
