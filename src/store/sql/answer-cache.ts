/** Answers keyed by the normalized question (a read statement's SQL text and bound parameters,
 * or a whole API answer's route and parsed query), dropped whole on every write to the store:
 * figures only change when data does. A read that started before a write never fills the cache
 * after it (the generation tells). */

/** Entries kept (least recently used go first): a few thousand distinct filters. */
const MAX_ENTRIES = 10_000;

export class AnswerCache {
  private readonly entries = new Map<string, Promise<unknown>>();
  private generation = 0;

  constructor(private readonly maxEntries = MAX_ENTRIES) {}

  /** The cached answer, or `load()`'s (shared by concurrent callers asking the same); answers
   * that `keep` refuses (too large) are not kept. */
  get<T>(
    key: string,
    load: () => Promise<T>,
    keep: (value: T) => boolean = () => true,
  ): Promise<T> {
    const hit = this.entries.get(key) as Promise<T> | undefined;
    if (hit) {
      // Re-inserted: a Map iterates in insertion order, so the first key is the least recent.
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    const generation = this.generation;
    const pending = load();
    this.entries.set(key, pending);
    if (this.entries.size > this.maxEntries)
      this.entries.delete(this.entries.keys().next().value as string);
    const forget = () => {
      if (this.entries.get(key) === pending) this.entries.delete(key);
    };
    pending.then((value) => {
      if (generation !== this.generation || !keep(value)) forget();
    }, forget);
    return pending;
  }

  /** Forgets every answer (after a write here or in another process). */
  clear(): void {
    this.generation += 1;
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}
