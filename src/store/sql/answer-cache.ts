/** Answers of read statements keyed by the normalized query (SQL text and bound parameters),
 * dropped whole on every write to the store: figures only change when data does. A read that
 * started before a write never fills the cache after it (the generation tells). */
import type { Params, Row } from './driver.ts';

/** Entries kept (least recently used go first): a few thousand distinct filters. */
const MAX_ENTRIES = 5_000;
/** Larger answers (pages of observations, training rows) are not kept. */
const MAX_ROWS = 2_000;

export class AnswerCache {
  private readonly entries = new Map<string, Promise<readonly Row[]>>();
  private generation = 0;

  constructor(private readonly maxEntries = MAX_ENTRIES) {}

  /** The cached answer, or `load()`'s (shared by concurrent callers asking the same). */
  get(sql: string, params: Params, load: () => Promise<Row[]>): Promise<readonly Row[]> {
    const key = `${sql}\u0000${JSON.stringify(params)}`;
    const hit = this.entries.get(key);
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
    pending.then(
      (rows) => {
        const stale = generation !== this.generation;
        if ((stale || rows.length > MAX_ROWS) && this.entries.get(key) === pending)
          this.entries.delete(key);
      },
      () => {
        if (this.entries.get(key) === pending) this.entries.delete(key);
      },
    );
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
