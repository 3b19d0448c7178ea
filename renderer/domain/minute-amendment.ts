import type { RichText, RichTextNode } from './model';

/**
 * A minute's text with one amendment made: the first place the original words stand (within one paragraph or
 * list item) now reads the corrected words, in the formatting of the first original word; every list, paragraph
 * and mark elsewhere is kept as it was. Undefined when the original words are not in the text.
 *
 * @example amendRichText(minute.text, 'Councillor Smyth', 'Councillor Smith')
 */
export function amendRichText(text: RichText, original: string, corrected: string): RichText | undefined {
  if (original.length === 0) return undefined;
  let done = false;
  const visit = (node: RichTextNode): RichTextNode => {
    if (done || !node.content) return node;
    const inline = amendInline(node.content, original, corrected);
    if (inline) {
      done = true;
      return { ...node, content: inline };
    }
    return { ...node, content: node.content.map(visit) };
  };
  const content = text.content.map(visit);
  return done ? { ...text, content } : undefined;
}

/** Amend within one run of text nodes side by side (a hard break or other inline node ends a run). */
function amendInline(nodes: RichTextNode[], original: string, corrected: string): RichTextNode[] | undefined {
  let start = 0;
  while (start < nodes.length) {
    let end = start;
    while (end < nodes.length && nodes[end]?.type === 'text') end += 1;
    const run = nodes.slice(start, end);
    const amended = amendRun(run, original, corrected);
    if (amended) return [...nodes.slice(0, start), ...amended, ...nodes.slice(end)];
    start = end + 1;
  }
  return undefined;
}

function amendRun(run: RichTextNode[], original: string, corrected: string): RichTextNode[] | undefined {
  const whole = run.map((node) => node.text ?? '').join('');
  const at = whole.indexOf(original);
  if (at === -1) return undefined;
  const until = at + original.length;
  const out: RichTextNode[] = [];
  let offset = 0;
  let placed = false;
  for (const node of run) {
    const words = node.text ?? '';
    const from = offset;
    const to = offset + words.length;
    offset = to;
    if (to <= at || from >= until) {
      out.push(node);
      continue;
    }
    const before = words.slice(0, Math.max(0, at - from));
    const after = words.slice(Math.max(0, until - from));
    if (before) out.push({ ...node, text: before });
    if (!placed && corrected) out.push({ ...node, text: corrected });
    placed = true;
    if (after) out.push({ ...node, text: after });
  }
  return out;
}
