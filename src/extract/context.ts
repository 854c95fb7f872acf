/**
 * What a text says around a figure, looked up by scope: the figure's own sentence (nearest cue
 * wins, a comma or another figure in between counts as distance), earlier sentences of the same
 * line, the table row and its column titles, the heading above, the whole document.
 * Each scope is scanned once and cached, so the cost stays linear in the text.
 */
import type { Lang } from './fact.ts';
import type { Lexicon, Match } from './lexicon.ts';
import type { Span, Structure } from './structure.ts';
import { PUNCT, type Tokens } from './tokens.ts';

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

  constructor(
    readonly t: Tokens,
    readonly structure: Structure,
    readonly lang: Lang,
    figureStarts: Uint8Array,
    private readonly figureSpans: readonly Span[] = [],
    private readonly sentenceLangs: readonly Lang[] = [],
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
    if (this.sentenceLangs.length === 0 || i >= this.t.count) return this.lang;
    return this.sentenceLangs[this.structure.sentenceAt(i)] ?? this.lang;
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
      if (this.cached > 512) {
        // figures come in text order: old sentences are done
        for (const m of this.cache.values()) m.clear();
        this.cached = 0;
      }
      byName.set(key, found as Match<unknown>[]);
      this.cached += 1;
    }
    return found;
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

  /** The nearest match of a lexicon in a span (by distance to the figure), or null; with `own`, only
   * matches nearer to this figure than to any other ("seniors make $190k while juniors make $120k"). */
  nearest<T>(
    name: string,
    lexicon: Lexicon<T>,
    span: Span,
    first: number,
    last: number,
    own = false,
    afterWeight = 2.5,
  ): (Match<T> & { distance: number }) | null {
    let best: (Match<T> & { distance: number }) | null = null;
    for (const m of this.matches(name, lexicon, span)) {
      if (own && !this.ownedBy(first, m, span, afterWeight)) continue;
      const d = this.distance(first, last, m);
      if (!best || d < best.distance) best = { ...m, distance: d };
    }
    return best;
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
    }
    return out;
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
