/** Words are split where MiniSearch split them (spaces and punctuation), so saved habits of search still hold. */
const wordBreak = /[\n\r\p{Z}\p{P}]+/u;

/** The lower-case words of a text, in order, repeats kept. */
export function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(wordBreak)
    .filter((word) => word.length > 0);
}

/** How often each word occurs in a text, and how many words it has. */
export function wordCounts(text: string): { counts: Map<string, number>; length: number } {
  const counts = new Map<string, number>();
  let length = 0;
  for (const word of text.toLowerCase().split(wordBreak)) {
    if (!word) continue;
    counts.set(word, (counts.get(word) ?? 0) + 1);
    length += 1;
  }
  return { counts, length };
}
