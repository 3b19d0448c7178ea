import { Button } from '@fluentui/react-components';
import { useEditorState, type Editor } from '@tiptap/react';
import type { MouseEvent } from 'react';
import { useLiveStyles } from './live-styles';
import { insertMinuteTable, minuteTableKeys, removeColumnOrTable, removeRowOrTable } from './minute-table';

/**
 * The minute toolbar's table buttons: Table everywhere, and while the cursor is in a table the buttons that add
 * and remove its rows and columns. Each shows its key; like every toolbar button they leave the focus in the text.
 */
export function MinuteTableButtons({
  editor,
  editable,
  keepTextFocus,
}: {
  editor: Editor;
  editable: boolean;
  keepTextFocus: (event: MouseEvent) => void;
}) {
  const live = useLiveStyles();
  // The editor does not redraw its toolbar on every keystroke; this reads only whether the cursor is in a table.
  const inTable = useEditorState({ editor, selector: ({ editor: current }) => current.isActive('table') });
  const button = (label: string, key: string, act: (current: Editor) => boolean, disabled = false) => (
    <Button
      size="small"
      disabled={!editable || disabled}
      onMouseDown={keepTextFocus}
      onClick={() => {
        act(editor);
        editor.commands.focus();
      }}
    >
      {label}&nbsp;<span className={live.key}>{key}</span>
    </Button>
  );
  return (
    <>
      {button('Table', minuteTableKeys.insert, insertMinuteTable, inTable)}
      {inTable ? (
        <>
          {button('Row below', minuteTableKeys.rowBelow, (e) => e.commands.addRowAfter())}
          {button('Column right', minuteTableKeys.columnRight, (e) => e.commands.addColumnAfter())}
          {button('Remove row', minuteTableKeys.removeRow, removeRowOrTable)}
          {button('Remove column', minuteTableKeys.removeColumn, removeColumnOrTable)}
        </>
      ) : null}
    </>
  );
}
