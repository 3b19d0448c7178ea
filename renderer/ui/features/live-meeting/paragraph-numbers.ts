import { Extension } from '@tiptap/react';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { paragraphMarkers } from '../../../domain/minute-paragraph-numbers';
import type { MinuteParagraphNumbers, RichText } from '../../../domain/model';

/** How the house numbers a list in this minute, and the minute's number as printed ("2", "0654/13"). */
export type ParagraphNumbering = { style: MinuteParagraphNumbers | undefined; minuteNumber: string };

type Drawn = { numbering: ParagraphNumbering | undefined; numbers: DecorationSet };

/** A transaction with this meta set to a ParagraphNumbering redraws the numbers in that style. */
export const paragraphNumbersKey = new PluginKey<Drawn>('minuteParagraphNumbers');

/**
 * The numbers a numbered list in the minute prints with (2.1, 2.2 with (a), (b) inside; or (a), (b)), drawn in
 * front of each item's text as the clerk types, so what the screen shows is what prints. They are the numbers
 * domain/minute-paragraph-numbers.ts types into the printed text, drawn and never stored: the stored minute keeps
 * its list, and the house can change its style later.
 */
export const ParagraphNumbers = Extension.create<{ numbering: ParagraphNumbering | undefined }>({
  name: 'minuteParagraphNumbers',
  addOptions() {
    return { numbering: undefined };
  },
  addProseMirrorPlugins() {
    const first = this.options.numbering;
    return [
      new Plugin<Drawn>({
        key: paragraphNumbersKey,
        state: {
          init: (_, state) => ({ numbering: first, numbers: numbersOn(state.doc, first) }),
          apply: (tr, drawn) => {
            const restyled = tr.getMeta(paragraphNumbersKey) as ParagraphNumbering | undefined;
            if (restyled) return { numbering: restyled, numbers: numbersOn(tr.doc, restyled) };
            if (!tr.docChanged) return drawn;
            return { ...drawn, numbers: numbersOn(tr.doc, drawn.numbering) };
          },
        },
        props: { decorations: (state) => paragraphNumbersKey.getState(state)?.numbers },
      }),
    ];
  },
});

function numbersOn(doc: ProseMirrorNode, numbering: ParagraphNumbering | undefined): DecorationSet {
  const markers = paragraphMarkers(doc.toJSON() as RichText, numbering?.style, numbering?.minuteNumber ?? '');
  if (markers.length === 0) return DecorationSet.empty;
  // The same walk as paragraphMarkers: each top-level numbered item, then the numbered items right inside it.
  const places: number[] = [];
  const textStart = (item: ProseMirrorNode, at: number) =>
    item.firstChild?.type.name === 'paragraph' ? at + 2 : at + 1;
  doc.forEach((list, listAt) => {
    if (list.type.name !== 'orderedList') return;
    list.forEach((item, itemOffset) => {
      const itemAt = listAt + 1 + itemOffset;
      places.push(textStart(item, itemAt));
      if (numbering?.style !== 'subNumbered') return;
      item.forEach((inner, innerOffset) => {
        if (inner.type.name !== 'orderedList') return;
        inner.forEach((subItem, subOffset) =>
          places.push(textStart(subItem, itemAt + 1 + innerOffset + 1 + subOffset)),
        );
      });
    });
  });
  const numbers = places.flatMap((place, index) => {
    const marker = markers[index];
    return marker === undefined
      ? []
      : [Decoration.widget(place, () => numberShown(marker), { side: -1, key: `${index}:${marker}` })];
  });
  return DecorationSet.create(doc, [...numbers, ...numberColumns(doc, markers)]);
}

/**
 * Each top-level numbered list told how wide its number column is, as print gives one minute's numbers one column
 * wide enough for the widest (documents/common/number-column.ts): "0655/25.10" must not run into its text.
 */
function numberColumns(doc: ProseMirrorNode, markers: string[]): Decoration[] {
  const widest = markers.reduce((longest, marker) => Math.max(longest, marker.length), 0);
  const column = `--number-column: max(3em, ${widest + 2}ch)`;
  const lists: Decoration[] = [];
  doc.forEach((node, at) => {
    if (node.type.name === 'orderedList')
      lists.push(Decoration.node(at, at + node.nodeSize, { style: column }));
  });
  return lists;
}

/**
 * The number hung in its own column in front of the text, so the text and its wrapped lines line up under each
 * other as they print; then a space, so it reads (and copies) as "2.1 Members noted".
 */
function numberShown(marker: string): HTMLElement {
  const shown = document.createElement('span');
  shown.contentEditable = 'false';
  const number = document.createElement('span');
  number.className = 'minute-paragraph-number';
  number.textContent = marker;
  // The space takes no room on the line: the column is the gap. (A space inside the column's box is dropped when
  // the text is read out.)
  const space = document.createElement('span');
  space.className = 'minute-paragraph-number-space';
  space.textContent = ' ';
  shown.append(number, space);
  return shown;
}
