/** Edit distance between two words, giving up (returning `most` + 1) once it must exceed `most`. */
export function editDistance(a: string, b: string, most: number): number {
  if (Math.abs(a.length - b.length) > most) return most + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let smallest = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
      current.push(value);
      smallest = Math.min(smallest, value);
    }
    if (smallest > most) return most + 1;
    previous = current;
  }
  return previous[b.length] as number;
}

/** How many slips a word may have: none for short words, one from five letters, two from nine. */
export function slipsAllowed(word: string): number {
  return word.length >= 9 ? 2 : word.length >= 5 ? 1 : 0;
}

/** The words of `vocabulary` a slip or two away from `word` (not the word itself), with their distance. */
export function nearWords(word: string, vocabulary: Iterable<string>): Map<string, number> {
  const most = slipsAllowed(word);
  const near = new Map<string, number>();
  if (most === 0) return near;
  for (const candidate of vocabulary) {
    if (candidate === word || near.has(candidate) || Math.abs(candidate.length - word.length) > most)
      continue;
    const distance = editDistance(word, candidate, most);
    if (distance <= most) near.set(candidate, distance);
  }
  return near;
}
