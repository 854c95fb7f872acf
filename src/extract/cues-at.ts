/**
 * The cues said right at a figure: what follows it in its clause ("brut par mois", "de bonus",
 * "environ", "sur 13 mois", "+") and what precedes it ("jusqu'à", "environ", "soit", "prime de",
 * "TJM", "salaire annuel"). The windows stop at punctuation and at the neighbouring figures.
 */
import type { Period } from '../domain/index.ts';
import { BONUS, TOTAL } from './cues-kind.ts';
import { MONTHS_WORD, PERIOD_AFTER, PERIOD_BEFORE } from './cues-period.ts';
import { APPROX, BASIS, BOUND_BEFORE, RESTATE, type Bound } from './cues-statement.ts';
import type { Lang } from './fact.ts';
import type { Lexicon, Match } from './lexicon.ts';
import { isAbbreviationDot } from './structure.ts';
import { isEllipsisDot, NL, NUM, PUNCT, type Tokens } from './tokens.ts';

export interface FigureCues {
  readonly periodAfter: Period | null;
  readonly periodBefore: Period | null;
  /** "sur 12 mois" / "sur 13 mois": yearly pay, weaker than a period word. */
  readonly overMonths: boolean;
  readonly basis: 'gross' | 'net' | null;
  readonly bound: Bound | null;
  readonly approximate: boolean;
  readonly bonus: boolean;
  /** Labelled a bonus before the figure ("bonus of $20,000"). */
  readonly bonusLabel: boolean;
  readonly total: boolean;
  /** "60K€ + variable": a base figure. */
  readonly plusComponent: boolean;
  /** "45k+": an open upper end. */
  readonly plusOpen: boolean;
  readonly restateMarker: string | null;
  /** First token of the after-window that the scan stopped at (exclusive end of the figure's clause). */
  readonly afterEnd: number;
}

/** "+ variable", "plus equity", "and bonus": another component joined to a base figure. */
const JOINERS = new Set(['+', 'plus', 'and', 'et', 'with', 'avec']);

const STOP = new Set([',', ';', '(', ')', '.', '|', '!', '?', '[', ']']);

function lastEndingBefore<T>(
  lex: Lexicon<T>,
  t: Tokens,
  from: number,
  to: number,
  lang: Lang,
): Match<T> | null {
  let best: Match<T> | null = null;
  for (const m of lex.scan(t, from, to, lang)) best = m;
  return best;
}

/** Tokens between the end of a cue and the figure that may be skipped ("jusqu'à ~70", "avoisine les 4 000"). */
function gapOk(t: Tokens, from: number, to: number, max: number): boolean {
  if (to - from > max) return false;
  for (let i = from; i < to; i += 1) if (t.kind[i] === NUM || t.kind[i] === NL) return false;
  return true;
}

export function readFigureCues(
  t: Tokens,
  first: number,
  last: number,
  before: number,
  after: number,
  lang: Lang,
): FigureCues {
  // after the figure
  let end = last;
  // "65.000 € (brutto)": a parenthesis right after the figure still speaks of it
  const paren = last < after && t.kind[last] === PUNCT && t.raw(last) === '(';
  if (paren) end += 1;
  while (end < after && end < last + 9) {
    if (t.kind[end] === NL) break;
    // the dot of a currency abbreviation right after the figure ("45.000 kr. om måneden") goes on
    const dot = end === last && t.key(end - 1) === 'kr' && isAbbreviationDot(t, end);
    if (t.kind[end] === PUNCT && STOP.has(t.raw(end)) && !dot) break;
    end += 1;
  }
  let periodAfter: Period | null = null;
  let overMonths = false;
  let basis: 'gross' | 'net' | null = null;
  let bonus = false;
  let approximate = false;
  let joined = false;
  for (let i = last; i < end; i += 1) {
    const key = t.key(i);
    if (periodAfter === null) {
      const p = PERIOD_AFTER.matchAt(t, i, lang);
      if (p) periodAfter = p.value;
    }
    if (basis === null) {
      const b = BASIS.matchAt(t, i, lang);
      if (b) basis = b.value;
    }
    // "$50,000 bonus", not "$50,000 (commission based)": only the parenthesis's basis and period count
    if (!bonus && !paren && i - last <= 1 && BONUS.matchAt(t, i, lang) && !JOINERS.has(t.key(last)))
      bonus = true;
    if (
      !joined &&
      JOINERS.has(key) &&
      (BONUS.matchAt(t, i + 1, lang) || TOTAL.matchAt(t, i + 1, lang))
    )
      joined = true;
    if (!approximate && key === 'environ') approximate = true;
    if (key === 'sur' && t.kind[i + 1] === NUM && MONTHS_WORD.matchAt(t, i + 2)) overMonths = true;
  }
  const plus = last < t.count && t.raw(last) === '+';
  const plusComponent =
    joined ||
    (plus &&
      (BONUS.matchAt(t, last + 1, lang) !== null || TOTAL.matchAt(t, last + 1, lang) !== null));
  const plusOpen =
    plus &&
    !plusComponent &&
    (!t.spaceBefore(last) || last + 1 >= after || t.kind[last + 1] === NL);
  // before the figure
  const from = Math.max(before, first - 30);
  let start = first;
  while (start > from) {
    const k = start - 1;
    if (
      t.kind[k] === NL ||
      (t.kind[k] === PUNCT &&
        STOP.has(t.raw(k)) &&
        t.raw(k) !== '(' &&
        // "Jahresgehalt (brutto): 72.000 EUR": a label's parenthesis still speaks of the figure
        !(t.raw(k) === ')' && k + 1 < first && t.raw(k + 1) === ':') &&
        !isEllipsisDot(t, k) &&
        !isAbbreviationDot(t, k))
    )
      break;
    start = k;
  }
  const bound = lastEndingBefore(BOUND_BEFORE, t, Math.max(start, first - 8), first, lang);
  const approx = lastEndingBefore(APPROX, t, Math.max(start, first - 6), first, lang);
  const restate = lastEndingBefore(RESTATE, t, Math.max(from, first - 6), first, lang);
  const bonusBefore = lastEndingBefore(BONUS, t, Math.max(start, first - 6), first, lang);
  const bonusLabel = bonusBefore !== null && gapOk(t, bonusBefore.end, first, 4);
  const periodBefore = lastEndingBefore(PERIOD_BEFORE, t, start, first, lang);
  const basisBefore = lastEndingBefore(BASIS, t, start, first, lang);
  const totalBefore = lastEndingBefore(TOTAL, t, start, first, lang);
  return {
    periodAfter,
    periodBefore: periodBefore ? periodBefore.value : null,
    overMonths,
    basis: basis ?? (basisBefore ? basisBefore.value : null),
    bound: bound && gapOk(t, bound.end, first, 3) ? bound.value : null,
    approximate: approximate || (approx !== null && gapOk(t, approx.end, first, 3)),
    bonus: bonus || bonusLabel,
    bonusLabel,
    total: totalBefore !== null,
    plusComponent,
    plusOpen,
    restateMarker: restate && gapOk(t, restate.end, first, 3) ? t.key(restate.start) : null,
    afterEnd: end,
  };
}
