import { Button, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { EditorContent, useEditor, type Editor } from '@tiptap/react';
import { StarterKit } from '@tiptap/starter-kit';
import { type MouseEvent, useEffect, useMemo, useState } from 'react';
import { preloadTypingWorker, saveTypedMinute } from '../../../db/repositories/revisions';
import type { Phrase, RichText } from '../../../domain/model';
import { applyResolutionPhrase } from './resolution-phrase';
import { phraseWithKind } from '../../../domain/phrases';
import { ErrorMessage, messageOf } from '../../common/error-message';
import { useLiveStyles } from './live-styles';
import { MinuteTableButtons } from './minute-table-buttons';
import { minuteTableExtensions } from './minute-table';
import { MinuteWriter } from './minute-writer';
import { ParagraphNumbers, paragraphNumbersKey, type ParagraphNumbering } from './paragraph-numbers';
import { useSignedCorrection } from '../minutes-approval/signed-correction';

const useStyles = makeStyles({
  editor: {
    '& .ProseMirror': {
      minHeight: '12rem',
      padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
      fontSize: '20px',
      lineHeight: '1.6',
      border: `1px solid ${tokens.colorNeutralStroke1}`,
      borderRadius: tokens.borderRadiusMedium,
      backgroundColor: tokens.colorNeutralBackground1,
      outlineStyle: 'none',
    },
    '& .ProseMirror:focus': { border: `2px solid ${tokens.colorBrandStroke1}` },
    '& .ProseMirror p': { margin: `0 0 ${tokens.spacingVerticalS}` },
    // A table in the minute looks as it will print: ruled cells, the header row in bold.
    '& .ProseMirror table': {
      borderCollapse: 'collapse',
      margin: `${tokens.spacingVerticalS} 0`,
      width: '100%',
    },
    '& .ProseMirror th, & .ProseMirror td': {
      border: `1px solid ${tokens.colorNeutralStroke1}`,
      padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
      verticalAlign: 'top',
    },
    '& .ProseMirror th': { fontWeight: tokens.fontWeightSemibold, textAlign: 'start' },
    '& .ProseMirror td p, & .ProseMirror th p': { margin: 0 },
    '& .ProseMirror .selectedCell': { backgroundColor: tokens.colorNeutralBackground1Selected },
  },
  phrases: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  // A numbered list in a house that sub-numbers or letters its paragraphs: the numbers it prints are drawn in
  // front of the text (paragraph-numbers.ts), in place of the list's own 1., 2., and hang in their own column
  // as they print: 2.1 at the margin, its text and wrapped lines under each other; (a) under that text, its own
  // text a column further in.
  numberedParagraphs: {
    '& .ProseMirror > ol, & .ProseMirror > ol > li > ol': { listStyleType: 'none', paddingInlineStart: 0 },
    '& .ProseMirror > ol > li': { paddingInlineStart: 'var(--number-column, 3em)' },
    '& .ProseMirror > ol > li > ol > li': { paddingInlineStart: '2.5em' },
    '& .minute-paragraph-number': {
      display: 'inline-block',
      width: 'var(--number-column, 3em)',
      marginInlineStart: 'calc(-1 * var(--number-column, 3em))',
    },
    '& .minute-paragraph-number-space': { fontSize: 0 },
    '& .ProseMirror > ol > li > ol .minute-paragraph-number': {
      width: '2.5em',
      marginInlineStart: '-2.5em',
    },
  },
});

/**
 * The rich text the minute allows: paragraphs, bulleted and numbered lists, tables, bold, italic, underline, undo.
 */
const extensions = [
  StarterKit.configure({
    heading: false,
    code: false,
    codeBlock: false,
    blockquote: false,
    horizontalRule: false,
    strike: false,
    link: false,
  }),
  ...minuteTableExtensions,
];

/**
 * The minute's text in a Tiptap editor. The editor holds the text while the clerk types; every change goes
 * straight to the database through a MinuteWriter, never waiting for it. The stored text is read once, when
 * the item comes to the front.
 */
export function MinuteEditor({
  minuteId,
  initial,
  label,
  phrases,
  onEditor,
  editable = true,
  numbering,
}: {
  minuteId: string;
  initial: RichText;
  label: string;
  phrases: Phrase[];
  onEditor: (editor: Editor | null, writer: MinuteWriter | null) => void;
  /** False for signed minutes until the clerk gives a reason (minutes-approval/signed-minute-lock.tsx). */
  editable?: boolean;
  /** Unset, or a plain list: numbered lists show 1., 2. as Word prints them. */
  numbering?: ParagraphNumbering;
}) {
  const styles = useStyles();
  const live = useLiveStyles();
  const [problem, setProblem] = useState<string>();
  useEffect(preloadTypingWorker, []);
  const writer = useMemo(
    () => new MinuteWriter(minuteId, initial, saveTypedMinute, setProblem),
    [minuteId, initial],
  );
  // The writer lives as long as the text on screen; the reason for correcting signed minutes comes later.
  const correction = useSignedCorrection();
  useEffect(() => writer.correctWith(correction), [writer, correction]);
  const editor = useEditor(
    {
      extensions: [...extensions, ParagraphNumbers.configure({ numbering })],
      editable,
      content: initial.content.length > 0 ? initial : '',
      shouldRerenderOnTransaction: false,
      editorProps: {
        attributes: {
          'aria-label': label,
          'aria-multiline': 'true',
          'aria-readonly': editable ? 'false' : 'true',
          role: 'textbox',
          spellcheck: 'true',
          // Signed minutes are read-only, yet still reached by Tab (and by a search result) to be read.
          tabindex: '0',
        },
      },
      onUpdate: ({ editor: changed }) => writer.change(changed.getJSON() as RichText),
    },
    [writer],
  );
  useEffect(() => {
    if (editor.isEditable === editable) return;
    editor.setEditable(editable);
    editor.setOptions({
      editorProps: {
        attributes: { ...editor.options.editorProps.attributes, 'aria-readonly': String(!editable) },
      },
    });
  }, [editor, editable]);
  // The house's style changed (or the minute's number) while the minute is open: the numbers are redrawn.
  const style = numbering?.style ?? 'list';
  const minuteNumber = numbering?.minuteNumber ?? '';
  useEffect(() => {
    if (editor.isDestroyed) return;
    editor.view.dispatch(editor.state.tr.setMeta(paragraphNumbersKey, { style, minuteNumber }));
  }, [editor, style, minuteNumber]);
  useEffect(() => {
    onEditor(editor, writer);
    return () => onEditor(null, null);
  }, [editor, writer, onEditor]);

  const run = (command: (editor: Editor) => void) => () => {
    command(editor);
  };
  // A click on a formatting button must not take the focus from the text: the editor hands it back only on the next
  // frame, and a key the clerk types in between (on a loaded laptop) would land on the button and be lost.
  const keepTextFocus = (event: MouseEvent) => event.preventDefault();
  return (
    <>
      <ErrorMessage error={problem} title="Not stored yet" />
      <div className={live.row} role="toolbar" aria-label="Formatting">
        <Button
          size="small"
          disabled={!editable}
          onMouseDown={keepTextFocus}
          onClick={run((e) => e.chain().focus().toggleBold().run())}
        >
          <b>Bold</b>&nbsp;<span className={live.key}>Ctrl+B</span>
        </Button>
        <Button
          size="small"
          disabled={!editable}
          onMouseDown={keepTextFocus}
          onClick={run((e) => e.chain().focus().toggleItalic().run())}
        >
          <i>Italic</i>&nbsp;<span className={live.key}>Ctrl+I</span>
        </Button>
        <Button
          size="small"
          disabled={!editable}
          onMouseDown={keepTextFocus}
          onClick={run((e) => e.chain().focus().toggleBulletList().run())}
        >
          Bullets
        </Button>
        <Button
          size="small"
          disabled={!editable}
          onMouseDown={keepTextFocus}
          onClick={run((e) => e.chain().focus().toggleOrderedList().run())}
        >
          Numbered
        </Button>
        <MinuteTableButtons editor={editor} editable={editable} keepTextFocus={keepTextFocus} />
        <Button
          size="small"
          disabled={!editable}
          onMouseDown={keepTextFocus}
          onClick={run((e) => e.chain().focus().undo().run())}
        >
          Undo
        </Button>
        <Button
          size="small"
          disabled={!editable}
          onMouseDown={keepTextFocus}
          onClick={run((e) => e.chain().focus().redo().run())}
        >
          Redo
        </Button>
      </div>
      <EditorContent
        editor={editor}
        className={mergeClasses(
          styles.editor,
          numbering?.style === 'subNumbered' || numbering?.style === 'lettered'
            ? styles.numberedParagraphs
            : undefined,
        )}
        data-live-focus="minute"
        data-minute-id={minuteId}
      />
      <div className={styles.phrases} aria-label="Phrases">
        {phrases.map((phrase) => (
          <Button
            key={phrase.id}
            size="small"
            appearance="subtle"
            disabled={!editable}
            onMouseDown={keepTextFocus}
            onClick={run(
              (e) => void applyPhrase(e, minuteId, phrase).catch((error) => setProblem(messageOf(error))),
            )}
          >
            <span className={live.key}>Alt+{phrase.order}</span>&nbsp;{phrase.label}
          </Button>
        ))}
      </div>
    </>
  );
}

/**
 * Use a phrase on the minute in front: a resolution phrase makes that minute's resolution (never another's);
 * plain text goes in at the cursor. The focus stays in the text either way, so the clerk types on.
 */
export async function applyPhrase(editor: Editor, minuteId: string, phrase: Phrase): Promise<void> {
  // A phrase with no kind (from a laptop not yet upgraded) is what its wording says it is.
  const meant = phraseWithKind(phrase);
  if (meant.kind !== 'resolution') {
    insertPhrase(editor, phrase.text);
    return;
  }
  editor.commands.focus();
  await applyResolutionPhrase(minuteId, meant);
}

/** Insert a phrase at the cursor exactly as written (a trailing space kept, so the clerk types on). */
export function insertPhrase(editor: Editor, text: string): void {
  editor.chain().focus().insertContent({ type: 'text', text }).run();
}
