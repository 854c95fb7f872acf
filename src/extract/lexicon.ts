/**
 * Phrase tables matched on token keys (folded words, punctuation as itself, "#" for a number).
 * A phrase is written as plain text ("jusqu'à", "per annum", "/ an") and tokenized with the same
 * tokenizer, so "Jusqu’à" and "jusqu'a" match the same entry. Matching is bounded by the
 * longest phrase, so scanning a window stays linear.
 */
import type { Lang } from './fact.ts';
import { internKey, NL, tokenize, type Tokens } from './tokens.ts';

interface Entry<T> {
  readonly keys: readonly string[];
  /** The keys as interned ids (compared with Tokens.id). */
  readonly ids: Int32Array;
  readonly value: T;
  readonly lang?: Lang;
}

export interface Match<T> {
  readonly start: number;
  /** Token index just after the phrase. */
  readonly end: number;
  readonly value: T;
}

/**
 * The keys of each phrase, from one pass of the tokenizer over all of them (one phrase a line):
 * a few long calls at module load rather than thousands of short ones, which would otherwise
 * shape how the JIT compiles the tokenizer for the documents read afterwards.
 */
export function phraseKeysOf(phrases: readonly string[]): string[][] {
  if (phrases.some((p) => /[\n\r\v\f\x85\u2028\u2029]/.test(p))) return phrases.map(phraseKeys);
  const t = tokenize(phrases.join('\n'));
  const out: string[][] = [[]];
  for (let i = 0; i < t.count; i += 1) {
    if (t.kind[i] === NL) out.push([]);
    else (out[out.length - 1] as string[]).push(t.key(i));
  }
  // an empty phrase makes two line ends in a row, read as one: then phrase by phrase
  return out.length === phrases.length || phrases.length === 0 ? out : phrases.map(phraseKeys);
}

export function phraseKeys(phrase: string): string[] {
  const t = tokenize(phrase);
  const keys: string[] = [];
  for (let i = 0; i < t.count; i += 1) keys.push(t.key(i));
  return keys;
}

export class Lexicon<T> {
  /**
   * Entries by the interned id of their first key, longest first: a dense array up to the largest
   * first id (ids set far apart in an empty array would make it a slow dictionary).
   */
  private readonly byFirst: (Entry<T>[] | undefined)[];

  constructor(entries: readonly (readonly [string, T] | readonly [string, T, Lang])[]) {
    const byFirst: (Entry<T>[] | undefined)[] = [];
    this.byFirst = byFirst;
    const keysOf = phraseKeysOf(entries.map(([phrase]) => phrase));
    for (let e = 0; e < entries.length; e += 1) {
      const [, value, lang] = entries[e] as readonly [string, T] | readonly [string, T, Lang];
      const keys = keysOf[e] as string[];
      if (keys.length === 0) continue;
      const ids = Int32Array.from(keys, internKey);
      const first = ids[0] as number;
      const list = this.byFirst[first] ?? [];
      list.push(lang ? { keys, ids, value, lang } : { keys, ids, value });
      list.sort((a, b) => b.keys.length - a.keys.length);
      this.byFirst[first] = list;
    }
    this.byFirst = Array.from({ length: byFirst.length }, (_, k) => byFirst[k]);
  }

  /** The longest phrase starting at token i, or null. */
  matchAt(t: Tokens, i: number, lang?: Lang): Match<T> | null {
    const list = this.byFirst[t.id(i)];
    if (!list) return null;
    for (const entry of list) {
      if (entry.lang && lang && entry.lang !== lang) continue;
      let ok = true;
      const ids = entry.ids;
      for (let k = 1; k < ids.length; k += 1) {
        const j = i + k;
        if (j >= t.count || t.kind[j] === NL || t.id(j) !== ids[k]) {
          ok = false;
          break;
        }
      }
      if (ok) return { start: i, end: i + entry.keys.length, value: entry.value };
    }
    return null;
  }

  /** Every match in [from, to), left to right, not overlapping. A phrase whose value is `false`
   * shields its words: it is passed over whole and not returned ("avant impôt" in the not-pay
   * words, whose "impôt" alone is a tax amount). */
  scan(t: Tokens, from: number, to: number, lang?: Lang): Match<T>[] {
    const out: Match<T>[] = [];
    let i = Math.max(0, from);
    const end = Math.min(to, t.count);
    while (i < end) {
      const m = this.matchAt(t, i, lang);
      if (m && m.end <= end) {
        if (m.value !== false) out.push(m);
        i = m.end;
      } else i += 1;
    }
    return out;
  }
}
