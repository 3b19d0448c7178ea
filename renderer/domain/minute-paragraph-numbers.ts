import type { MinuteParagraphNumbers, RichText, RichTextNode } from './model';

/**
 * The numbered lists a clerk types in a minute, numbered the house's way: each item of a top-level numbered list
 * becomes a paragraph that starts with its number as typed text, "2.1" (sub-numbers of minute 2) or "(a)", so the
 * number is part of the record and prints the same in Word, LibreOffice and any template. Lists inside lists,
 * bullets and everything else are left as they are; 'list' leaves the text untouched.
 *
 * @example numberMinuteParagraphs(text, 'subNumbered', '2') // "1. Noted" in a list becomes "2.1 Noted"
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
    if (style === 'lettered') return `(${letters(counter)})`;
    return minuteNumber ? `${minuteNumber}.${counter}` : String(counter);
  };
  const content = text.content.flatMap((node): RichTextNode[] =>
    node.type === 'orderedList'
      ? (node.content ?? []).flatMap((item) => numberedItem(item, marker()))
      : [node],
  );
  return { ...text, content };
}

/** A list item's first paragraph gets the marker in front; anything after it (a nested list) follows as it was. */
function numberedItem(item: RichTextNode, marker: string): RichTextNode[] {
  const [first, ...rest] = item.content ?? [];
  const markerText: RichTextNode = { type: 'text', text: `${marker} ` };
  if (!first || first.type !== 'paragraph') {
    return [{ type: 'paragraph', content: [markerText] }, ...(item.content ?? [])];
  }
  return [{ ...first, content: [markerText, ...(first.content ?? [])] }, ...rest];
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
