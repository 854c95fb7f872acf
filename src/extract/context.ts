/**
 * What a text says around a figure, looked up by scope: the figure's own sentence (nearest cue
 * wins, a comma or another figure in between counts as distance), earlier sentences of the same
 * line, the table row and its column titles, the heading above, the whole document.
 * Each scope is scanned once and cached, so the cost stays linear in the text.
 */
import type { Lang } from './fact.ts';
import type { Lexicon, Match } from './lexicon.ts';
import type { Span, Structure } from './structure.ts';
import { NUM, PUNCT, type Tokens } from './tokens.ts';

/** , ; : ( ) – — */
function isClauseSeparator(c: number): boolean {
  return c === 44 || c === 59 || c === 58 || c === 40 || c === 41 || c === 0x2013 || c === 0x2014;
}

export class Scopes {
  /** Prefix counts of clause separators and of figures, to measure distance in O(1). */
  private readonly commas: Int32Array;
  private readonly figures: Int32Array;
  /** Lexicon name → (span start × 2^26 + span end) → matches. */
  private readonly cache = new Map<string, Map<number, Match<unknown>[]>>();
  private cached = 0;
  private limit = 512;

  constructor(
    readonly t: Tokens,
    readonly structure: Structure,
    readonly lang: Lang,
    figureStarts: Uint8Array,
    private readonly figureSpans: readonly Span[] = [],
    private readonly sentenceLang: ((sentence: number) => Lang) | null = null,
  ) {
    this.commas = new Int32Array(t.count + 1);
    this.figures = new Int32Array(t.count + 1);
    let commas = 0;
    let figures = 0;
    for (let i = 0; i < t.count; i += 1) {
      if (t.kind[i] === PUNCT && isClauseSeparator(t.code(i))) commas += 1;
      if (figureStarts[i]) figures += 1;
      this.commas[i + 1] = commas;
      this.figures[i + 1] = figures;
    }
  }

  /** The language of the sentence holding token i (the document's when unknown). */
  langAt(i: number): Lang {
    if (this.sentenceLang === null || i >= this.t.count) return this.lang;
    return this.sentenceLang(this.structure.sentenceAt(i));
  }

  /** Matches of a lexicon in a span, cached by (lexicon name, span). */
  matches<T>(name: string, lexicon: Lexicon<T>, span: Span): Match<T>[] {
    let byName = this.cache.get(name);
    if (!byName) {
      byName = new Map();
      this.cache.set(name, byName);
    }
    const key = span.start * 67108864 + span.end;
    let found = byName.get(key) as Match<T>[] | undefined;
    if (!found) {
      found = lexicon.scan(this.t, span.start, span.end, this.langAt(span.start));
      if (this.cached > this.limit) this.forgetBefore(span.start);
      byName.set(key, found as Match<unknown>[]);
      this.cached += 1;
    }
    return found;
  }

  /**
   * Figures come in text order: the scans of spans that end before `at` are done with. Spans still
   * open (a long sentence, its document) are kept, so a long sentence is scanned once, not once
   * per batch of figures; the limit grows with what stays, so pruning costs O(1) per scan.
   */
  private forgetBefore(at: number): void {
    let kept = 0;
    for (const byName of this.cache.values())
      for (const key of byName.keys()) {
        if (key % 67108864 <= at) byName.delete(key);
        else kept += 1;
      }
    this.cached = kept;
    this.limit = Math.max(512, 2 * kept);
  }

  /** Token distance from a figure [first, last) to a match, plus 8 per clause separator and 6 per figure in between. */
  distance(first: number, last: number, m: { start: number; end: number }): number {
    let a: number;
    let b: number;
    if (m.end <= first) {
      a = m.end;
      b = first;
    } else if (m.start >= last) {
      a = last;
      b = m.start;
    } else return 0;
    const commas = (this.commas[b] as number) - (this.commas[a] as number);
    const figures = (this.figures[b] as number) - (this.figures[a] as number);
    return b - a + 8 * commas + 6 * figures;
  }

  /** Is the figure starting at `first` the nearest figure to match m? */
  private ownedBy(
    first: number,
    m: { start: number; end: number },
    within: Span,
    afterWeight: number,
  ): boolean {
    const spans = this.figureSpans;
    let lo = 0;
    let hi = spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((spans[mid] as Span).start < m.start) lo = mid + 1;
      else hi = mid;
    }
    let best = -1;
    let bestDistance = Infinity;
    for (const k of [lo - 1, lo]) {
      const s = spans[k];
      if (!s || s.start < within.start || s.end > within.end) continue;
      // English puts the subject before the figure ("juniors make $120k"): a cue after a figure weighs more
      const after = m.start >= s.end;
      const d =
        this.distance(s.start, s.end, m) * (after && this.langAt(first) === 'en' ? afterWeight : 1);
      if (d < bestDistance) [best, bestDistance] = [s.start, d];
    }
    return best === -1 || best === first;
  }

  /**
   * The nearest match of a lexicon in a span (by distance to the figure), or null; with `own`, only
   * matches nearer to this figure than to any other ("seniors make $190k while juniors make $120k").
   * Matches come left to right and do not overlap, so distance grows with each step away from the
   * figure: the search walks out from the figure on each side and stops at the first match it may
   * take (the first of equals wins, as in text order), whatever the number of matches in the span.
   */
  nearest<T>(
    name: string,
    lexicon: Lexicon<T>,
    span: Span,
    first: number,
    last: number,
    own = false,
    afterWeight = 2.5,
  ): (Match<T> & { distance: number }) | null {
    const list = this.matches(name, lexicon, span);
    if (list.length === 0) return null;
    const takes = (m: Match<T>): boolean => !own || this.ownedBy(first, m, span, afterWeight);
    // list[p] is the first match not wholly before the figure
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((list[mid] as Match<T>).end <= first) lo = mid + 1;
      else hi = mid;
    }
    const p = lo;
    let q = p; // list[q] is the first match wholly after the figure
    while (q < list.length && (list[q] as Match<T>).start < last) q += 1;
    // With `own`, a match past the neighbouring figure is that figure's: the walk stops there
    // (when no figure crosses the span's ends, which would leave a match without neighbours).
    const bounds = own ? this.neighbourFigures(first, span) : null;
    let before: Match<T> | null = null;
    for (let k = p - 1; k >= 0; k -= 1) {
      const m = list[k] as Match<T>;
      if (bounds && bounds.before !== null && m.start <= bounds.before) break;
      if (takes(m)) {
        before = m;
        break;
      }
    }
    let inside: Match<T> | null = null;
    for (let k = p; k < q; k += 1)
      if (takes(list[k] as Match<T>)) {
        inside = list[k] as Match<T>;
        break;
      }
    let after: Match<T> | null = null;
    for (let k = q; k < list.length; k += 1) {
      const m = list[k] as Match<T>;
      if (bounds && bounds.after !== null && m.start > bounds.after) break;
      if (takes(m)) {
        after = m;
        break;
      }
    }
    let best: (Match<T> & { distance: number }) | null = null;
    for (const m of [before, inside, after]) {
      if (!m) continue;
      const d = this.distance(first, last, m);
      if (!best || d < best.distance) best = { ...m, distance: d };
    }
    return best;
  }

  /**
   * The starts of the figures just before and just after the figure at `first` inside `within`
   * (null when none, or when a figure crosses an end of `within`: then no bound is safe).
   */
  private neighbourFigures(
    first: number,
    within: Span,
  ): { before: number | null; after: number | null } {
    const spans = this.figureSpans;
    const crosses = (at: number): boolean => {
      const k = this.spanIndexAtOrAfter(at) - 1;
      const s = spans[k];
      return s !== undefined && s.start < at && s.end > at;
    };
    if (crosses(within.start) || crosses(within.end)) return { before: null, after: null };
    const k = this.spanIndexAtOrAfter(first);
    const prev = spans[k - 1];
    let next = spans[k];
    if (next && next.start === first) next = spans[k + 1];
    return {
      before: prev && prev.start >= within.start ? prev.start : null,
      after: next && next.start < within.end ? next.start : null,
    };
  }

  /** The index of the first figure span starting at or after token `at`. */
  private spanIndexAtOrAfter(at: number): number {
    const spans = this.figureSpans;
    let lo = 0;
    let hi = spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((spans[mid] as Span).start < at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The first match of a lexicon in a span, or null. */
  first<T>(name: string, lexicon: Lexicon<T>, span: Span): Match<T> | null {
    return this.matches(name, lexicon, span)[0] ?? null;
  }

  /** The sentences of the figure's line that come before its sentence (nearest first, at most 3). */
  earlierSentences(sentence: number): Span[] {
    const s = this.structure.sentences[sentence] as Span;
    const line = this.structure.lineAt(s.start);
    const lineStart = (this.structure.lines[line] as Span).start;
    const out: Span[] = [];
    for (let k = sentence - 1; k >= 0 && out.length < 3; k -= 1) {
      const prev = this.structure.sentences[k] as Span;
      if (prev.start < lineStart) break;
      out.push(prev);
      // A sentence without any figure ends the run of figures about one job: it may lend its
      // cues ("Le data scientist… Il gagne…"), nothing before it reaches later sentences.
      if (this.figures[prev.end] === this.figures[prev.start]) break;
    }
    return out;
  }

  /** The line right above the figure's when it is a short label with no figure ("Salary",
   * "Rémunération :", "Base pay range" over "$120,000 - $140,000"), or null. */
  labelAbove(token: number): Span | null {
    const line = this.structure.lineAt(token);
    const above = line > 0 ? (this.structure.lines[line - 1] as Span) : null;
    if (!above || above.end - above.start > 4) return null;
    for (let i = above.start; i < above.end; i += 1) if (this.t.kind[i] === NUM) return null;
    return above;
  }

  /** Other scopes of a figure, broadest last: table row cells, column titles, heading line. */
  outerScopes(token: number): { row: Span[]; header: Span[]; heading: Span | null } {
    const line = this.structure.lineAt(token);
    const row = this.structure.rowOf[line] ?? null;
    const headingLine = this.structure.headingOf[line] as number;
    // The column title above the figure comes first: "| Junior | Confirmé | Senior |" gives each
    // column its own level.
    const header = row?.header ? [...row.header.cells] : [];
    const column = row ? row.cells.findIndex((c) => c.start <= token && token < c.end) : -1;
    const own =
      row && column >= 0 && row.header?.cells.length === row.cells.length
        ? header[column]
        : undefined;
    return {
      row: row ? [...row.cells] : [],
      header: own ? [own, ...header.filter((h) => h !== own)] : header,
      heading: headingLine >= 0 ? (this.structure.lines[headingLine] as Span) : null,
    };
  }
}
