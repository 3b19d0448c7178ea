/** A found entry before it is dressed as a hit: which shard, which entry, how well it matched. */
export type Candidate = { shard: number; entry: number; score: number; date: string };

/** Better first: higher score, then the more recent meeting. */
function better(a: Candidate, b: Candidate): boolean {
  return a.score > b.score || (a.score === b.score && a.date > b.date);
}

/**
 * The best `limit` candidates of many, kept in a small heap (worst at the top) so thousands of matches are never
 * sorted: only the few shown are.
 */
export class TopHits {
  private readonly heap: Candidate[] = [];
  constructor(private readonly limit: number) {}

  offer(candidate: Candidate): void {
    const { heap } = this;
    if (heap.length < this.limit) {
      heap.push(candidate);
      this.up(heap.length - 1);
    } else if (this.limit > 0 && better(candidate, heap[0] as Candidate)) {
      heap[0] = candidate;
      this.down(0);
    }
  }

  /** Would a candidate with this score (and the most recent date) get in? Lets a search skip dressing it. */
  wants(score: number): boolean {
    return this.heap.length < this.limit || score >= (this.heap[0] as Candidate).score;
  }

  best(): Candidate[] {
    return [...this.heap].sort((a, b) => (better(a, b) ? -1 : better(b, a) ? 1 : 0));
  }

  private up(at: number): void {
    const { heap } = this;
    while (at > 0) {
      const parent = (at - 1) >> 1;
      if (!better(heap[parent] as Candidate, heap[at] as Candidate)) break;
      [heap[parent], heap[at]] = [heap[at] as Candidate, heap[parent] as Candidate];
      at = parent;
    }
  }

  private down(at: number): void {
    const { heap } = this;
    for (;;) {
      const left = 2 * at + 1;
      const right = left + 1;
      let worst = at;
      if (left < heap.length && better(heap[worst] as Candidate, heap[left] as Candidate)) worst = left;
      if (right < heap.length && better(heap[worst] as Candidate, heap[right] as Candidate)) worst = right;
      if (worst === at) return;
      [heap[worst], heap[at]] = [heap[at] as Candidate, heap[worst] as Candidate];
      at = worst;
    }
  }
}
