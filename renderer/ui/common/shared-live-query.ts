import { liveQuery } from 'dexie';

type Watcher<T> = { next: (value: T) => void; error?: (error: unknown) => void };
type Querier<T> = () => Promise<T>;

/**
 * One Dexie live query shared by whoever watches it, its latest answer kept for the next watcher. A route starts
 * it as the route is drawn and the screen it draws takes it over, so opening a meeting reads the meeting once
 * rather than once for the route and again for the screen's own live query. It speaks the shape
 * dexie-react-hooks' useObservable looks for (getValue and hasValue), so a screen mounted after the answer is in
 * draws it at once.
 *
 * The query stops a moment (`graceMs`) after its last watcher leaves, not at once: useObservable subscribes and
 * unsubscribes during a render to look for a value and subscribes again only after the commit, and the read in
 * flight must survive that gap. A query started and never watched stops the same way.
 */
export class SharedLiveQuery<T> {
  private readonly watchers = new Set<Watcher<T>>();
  private answer: { value: T } | undefined;
  private failure: { error: unknown } | undefined;
  private running: { unsubscribe(): void } | undefined;
  private stopping: ReturnType<typeof setTimeout> | undefined;
  private stopped = true;

  /**
   * `querier` is the live query's function, or a promise of it: a route can start the query while the code
   * that reads (in the screen's own chunk) is still arriving.
   */
  constructor(
    private readonly querier: Querier<T> | Promise<Querier<T>>,
    private readonly graceMs = 1000,
  ) {}

  /** Read now, before anyone watches. */
  start(): this {
    this.run();
    if (this.watchers.size === 0) this.stopLater();
    return this;
  }

  hasValue(): boolean {
    return this.answer !== undefined;
  }

  getValue(): T | undefined {
    return this.answer?.value;
  }

  subscribe(next: (value: T) => void, error?: (error: unknown) => void): { unsubscribe(): void } {
    const watcher: Watcher<T> = { next, error };
    this.watchers.add(watcher);
    clearTimeout(this.stopping);
    this.run();
    if (this.failure) watcher.error?.(this.failure.error);
    else if (this.answer) watcher.next(this.answer.value);
    return {
      unsubscribe: () => {
        if (this.watchers.delete(watcher) && this.watchers.size === 0) this.stopLater();
      },
    };
  }

  private run() {
    if (!this.stopped) return;
    this.stopped = false;
    const begin = (querier: Querier<T>) => {
      if (this.stopped) return;
      this.running = liveQuery(querier).subscribe({
        next: (value) => {
          this.answer = { value };
          this.failure = undefined;
          for (const watcher of [...this.watchers]) watcher.next(value);
        },
        error: (error: unknown) => {
          this.failure = { error };
          for (const watcher of [...this.watchers]) watcher.error?.(error);
        },
      });
    };
    if (typeof this.querier === 'function') begin(this.querier);
    else
      this.querier.then(begin, (error: unknown) => {
        this.failure = { error };
        for (const watcher of [...this.watchers]) watcher.error?.(error);
      });
  }

  private stopLater() {
    clearTimeout(this.stopping);
    this.stopping = setTimeout(() => {
      if (this.watchers.size > 0) return;
      this.stopped = true;
      this.running?.unsubscribe();
      this.running = undefined;
    }, this.graceMs);
  }
}
