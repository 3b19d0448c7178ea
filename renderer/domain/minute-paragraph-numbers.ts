import type { MinuteParagraphNumbers, RichText, RichTextNode } from './model';

/**
 * The numbered lists a clerk types in a minute, numbered the house's way: each item of a top-level numbered list
 * becomes a numbered paragraph whose text starts with its number as typed text and a tab, "2.1\t" (sub-numbers of
 * minute 2) or "(a)\t", so the number is part of the record and prints the same in Word, LibreOffice and any
 * template. Under a sub-numbered paragraph, a numbered list inside it is lettered ("2.1 Members noted:" then
 * "(a)", "(b)"), as councils write them; deeper lists, bullets and everything else are left as they are; 'list'
 * leaves the text untouched.
 *
 * Each numbered paragraph is a `numberedParagraph` node ({@link numberedParagraphType}) holding the item's blocks,
 * its number in `attrs.number`, how deep it sits in `attrs.depth` (0 for 2.1, 1 for an (a) inside it) and, at
 * the top, the minute's longest such number in `attrs.widest`, so a printer can hang the numbers in one column
 * and set what follows in the item under its text, as minutes print.
 *
 * @example numberMinuteParagraphs(text, 'subNumbered', '2') // "1. Noted" in a list becomes "2.1\tNoted"
 */
export function numberMinuteParagraphs(
  text: RichText,
  style: MinuteParagraphNumbers | undefined,
  minuteNumber: string,
): RichText {
  if (!style || style === 'list') return text;
  let counter = 0;
  const marker = (): string => {
    counter += 1;
    return markerOf(style, counter, minuteNumber);
  };
  const content = text.content.flatMap((node): RichTextNode[] =>
    node.type === 'orderedList'
      ? (node.content ?? []).flatMap((item) => {
          const numbered = numberedItem(item, marker(), 0);
          if (style !== 'subNumbered') return [numbered];
          const [first, ...rest] = numbered.content ?? [];
          return [{ ...numbered, content: [...(first ? [first] : []), ...letteredWithin(rest)] }];
        })
      : [node],
  );
  return { ...text, content: withWidestNumber(content) };
}

/**
 * Each top-level numbered paragraph told the longest number among them ("2.10" beside "2.9", "0655/25.10"), so a
 * printer can give all of one minute's numbers one column wide enough for the widest, their text lined up.
 */
function withWidestNumber(content: RichTextNode[]): RichTextNode[] {
  const widest = content
    .flatMap((node) => {
      const number = node.attrs?.number;
      return node.type === numberedParagraphType && typeof number === 'string' ? [number] : [];
    })
    .reduce((longest, number) => (number.length > longest.length ? number : longest), '');
  return content.map((node) =>
    node.type === numberedParagraphType ? { ...node, attrs: { ...node.attrs, widest } } : node,
  );
}

/** The numbered lists right under a sub-numbered paragraph, lettered (a), (b) afresh under each one. */
function letteredWithin(nodes: RichTextNode[]): RichTextNode[] {
  let counter = 0;
  return nodes.flatMap((node) =>
    node.type === 'orderedList'
      ? (node.content ?? []).flatMap((item) => {
          counter += 1;
          return [numberedItem(item, `(${letters(counter)})`, 1)];
        })
      : [node],
  );
}

/** The node type of a numbered paragraph: attrs { number: '2.1', depth: 0 }, content the list item's blocks. */
export const numberedParagraphType = 'numberedParagraph';

export type NumberedParagraphAttrs = {
  number: string;
  depth: number;
  /** On a top-level one: the longest number among the minute's top-level numbered paragraphs. */
  widest?: string;
};

/** A list item's first paragraph gets the marker and a tab in front; anything after it (a nested list) follows. */
function numberedItem(item: RichTextNode, marker: string, depth: number): RichTextNode {
  const [first, ...rest] = item.content ?? [];
  const markerText: RichTextNode = { type: 'text', text: `${marker}\t` };
  const attrs: NumberedParagraphAttrs = { number: marker, depth };
  const content: RichTextNode[] =
    !first || first.type !== 'paragraph'
      ? [{ type: 'paragraph', content: [markerText] }, ...(item.content ?? [])]
      : [{ ...first, content: [markerText, ...(first.content ?? [])] }, ...rest];
  return { type: numberedParagraphType, attrs, content };
}

/** a, b, ... z, aa, ab: the letters councils use for paragraphs within a minute. */
function letters(count: number): string {
  let value = count;
  let result = '';
  while (value > 0) {
    value -= 1;
    result = String.fromCharCode(97 + (value % 26)) + result;
    value = Math.floor(value / 26);
  }
  return result;
}

/**
 * The numbers numberMinuteParagraphs types, in the order their list items come in the text (each top-level
 * numbered item, then the items lettered inside it), so the minute's editor shows them where they will print.
 *
 * @example paragraphMarkers(text, 'subNumbered', '2') // ['2.1', '(a)', '(b)', '2.2']
 */
export function paragraphMarkers(
  text: RichText,
  style: MinuteParagraphNumbers | undefined,
  minuteNumber: string,
): string[] {
  if (!style || style === 'list') return [];
  const markers: string[] = [];
  const topItems = text.content.flatMap((node) => (node.type === 'orderedList' ? (node.content ?? []) : []));
  topItems.forEach((item, index) => {
    markers.push(markerOf(style, index + 1, minuteNumber));
    if (style !== 'subNumbered') return;
    const [first, ...rest] = item.content ?? [];
    const within = first?.type === 'paragraph' ? rest : (item.content ?? []);
    const lettered = within.flatMap((node) => (node.type === 'orderedList' ? (node.content ?? []) : []));
    lettered.forEach((_, letter) => markers.push(`(${letters(letter + 1)})`));
  });
  return markers;
}

function markerOf(style: 'subNumbered' | 'lettered', count: number, minuteNumber: string): string {
  if (style === 'lettered') return `(${letters(count)})`;
  return minuteNumber ? `${minuteNumber}.${count}` : String(count);
}
