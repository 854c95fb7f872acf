/** Currency symbols, ISO codes and words (FR/EN) → ISO 4217, before or after a figure. */
import { DOTTED_CODES, LOOSE_CODES, OTHER_CODES, STRICT_CODES } from './currency-codes.ts';
import {
  DOLLAR_PREFIX,
  DOLLAR_SUFFIX,
  LOWER_SUFFIX_OK,
  SPACED_DOLLAR_PREFIX,
  SYMBOLS,
} from './currency-symbols.ts';
import { WORDS } from './currency-words.ts';
import { isApostropheCode } from './chars.ts';
import { PUNCT, SYM, WORD, type Tokens } from './tokens.ts';

export interface CurrencyMatch {
  readonly code: string;
  /** First and last+1 token of the currency expression. */
  readonly start: number;
  readonly end: number;
  /** A scale written into the code: "MEUR", "MUSD" are millions. */
  readonly scale?: number;
  /** Read from a currency word ("euros"), not a symbol or a code. */
  readonly word?: boolean;
}

const NOT_BEFORE = new Set([
  'livre',
  'pound',
  'balle',
  'franc',
  'rand',
  'kip',
  'lari',
  'lira',
  'sterling',
  'buck',
]);

function plainCode(raw: string): string | null {
  if (raw.length === 3 || raw.length === 4) {
    const lower = raw.toLowerCase();
    if (LOOSE_CODES.has(lower)) {
      if (lower === 'rmb') return 'CNY';
      return lower.startsWith('k') ? lower.slice(1).toUpperCase() : raw.toUpperCase();
    }
    if (STRICT_CODES.has(raw)) return raw;
  }
  return OTHER_CODES[raw] ?? null;
}

/** An ISO code (or "Fr", "Rs") at token i, possibly with a millions prefix ("MEUR", "MUSD"). */
function codeAt(t: Tokens, i: number): { code: string; scale?: number } | null {
  if (t.kind[i] !== WORD) return null;
  const length = (t.end[i] as number) - (t.start[i] as number);
  if (length < 2 || length > 4) return null;
  const raw = t.raw(i);
  const code = plainCode(raw);
  if (code) return { code };
  if (length === 4 && raw.charCodeAt(0) === 77 /* M */ && raw === raw.toUpperCase()) {
    const rest = raw.slice(1);
    if (LOOSE_CODES.has(rest.toLowerCase()) || STRICT_CODES.has(rest)) {
      const scaled = plainCode(rest);
      if (scaled) return { code: scaled, scale: 1e6 };
    }
  }
  return null;
}

function glued(t: Tokens, i: number): boolean {
  return i > 0 && !t.spaceBefore(i) && t.end[i - 1] === t.start[i];
}

/** A "$" at i, with its prefix (glued before, or one of a few spaced ones) or suffix word read into the code. */
function dollarAt(t: Tokens, i: number): CurrencyMatch {
  let start = i;
  let end = i + 1;
  let code = 'USD';
  if (i > 0 && t.kind[i - 1] === WORD) {
    const lower = t.raw(i - 1).toLowerCase();
    const prefix = DOLLAR_PREFIX[lower];
    if (prefix && (glued(t, i) || SPACED_DOLLAR_PREFIX.has(lower))) {
      code = prefix;
      start = i - 1;
    }
  }
  if (start === i && end < t.count && t.kind[end] === WORD) {
    const raw = t.raw(end);
    const suffix = DOLLAR_SUFFIX[t.key(end)];
    const elided = end + 1 < t.count && isApostropheCode(t.code(end + 1)); // "45 $ c'est"
    if (
      suffix &&
      !elided &&
      (raw === raw.toUpperCase() || raw.length > 3 || LOWER_SUFFIX_OK.has(raw))
    ) {
      code = suffix;
      end += 1;
    }
  }
  return { code, start, end };
}

/** A currency expression starting at token i ("€", "euros", "MAD", "$ CA", "francs suisses"). */
export function currencyAt(t: Tokens, i: number): CurrencyMatch | null {
  if (i >= t.count) return null;
  const kind = t.kind[i];
  if (kind === SYM) {
    const raw = t.raw(i);
    if (raw === '$') return dollarAt(t, i);
    const code = SYMBOLS[raw];
    return code ? { code, start: i, end: i + 1 } : null;
  }
  if (kind !== WORD) return null;
  // a prefix of "$" ("US$", "C$", "C $") starts here too
  if (i + 1 < t.count && t.kind[i + 1] === SYM && t.code(i + 1) === 36) {
    const d = dollarAt(t, i + 1);
    if (d.start === i) return d;
  }
  const code = codeAt(t, i);
  if (code)
    return code.scale
      ? { code: code.code, start: i, end: i + 1, scale: code.scale }
      : { code: code.code, start: i, end: i + 1 };
  const m = WORDS.matchAt(t, i);
  if (m) return { code: m.value, start: i, end: m.end };
  return null;
}

/**
 * A currency expression that ends just before token i ("€60k", "USD 95,000", "CHF 120'000",
 * "Rs. 20", "MAUD 60", "ringgit 42", "dollar 22.5 million"), not starting before token `floor`
 * (the end of the previous amount: "3 000 euros 13 mois" gives the euros to 3 000 only).
 */
export function currencyBefore(t: Tokens, i: number, floor = 0): CurrencyMatch | null {
  const j = i - 1;
  if (j < floor) return null;
  if (t.kind[j] === PUNCT && t.code(j) === 46 && j - 1 >= floor && glued(t, j)) {
    // "Rs. 20", "Fr. 120'000"
    const code = DOTTED_CODES.has(t.raw(j - 1)) ? codeAt(t, j - 1) : null;
    return code ? { code: code.code, start: j - 1, end: j + 1 } : null;
  }
  if (t.kind[j] === SYM) {
    const raw = t.raw(j);
    if (raw === '$') {
      const d = dollarAt(t, j);
      return d.start >= floor ? { code: d.code, start: d.start, end: j + 1 } : null;
    }
    const code = SYMBOLS[raw];
    return code ? { code, start: j, end: j + 1 } : null;
  }
  if (t.kind[j] !== WORD) return null;
  const code = codeAt(t, j);
  if (code)
    return code.scale
      ? { code: code.code, start: j, end: j + 1, scale: code.scale }
      : { code: code.code, start: j, end: j + 1 };
  // "$US 95 000", "$ CA 80 000"
  if (j > floor && t.kind[j - 1] === SYM && t.raw(j - 1) === '$') {
    const d = dollarAt(t, j - 1);
    if (d.end === j + 1) return d;
  }
  // currency words ("ringgit 42", "malaysian ringgit 42"): longest phrase ending at j, except
  // the words that are also common nouns before a number ("Livre 2", "pound 5", "Rand 2020")
  if (NOT_BEFORE.has(t.key(j))) return null;
  for (let s = Math.max(floor, j - 2); s <= j; s += 1) {
    const m = WORDS.matchAt(t, s);
    if (m && m.end === i) return { code: m.value, start: s, end: i, word: true };
  }
  return null;
}

/** After a scale word: "millions de dollars", "million d'euros", "thousand dollars", "mille euros". */
export function currencyAfterScale(t: Tokens, k: number): CurrencyMatch | null {
  const direct = currencyAt(t, k);
  if (direct) return direct;
  const key = t.key(k);
  if (key === 'de' || key === 'of') {
    const c = currencyAt(t, k + 1);
    if (c) return { code: c.code, start: k, end: c.end };
  }
  if (key === 'd' && t.key(k + 1) === "'") {
    const c = currencyAt(t, k + 2);
    if (c && t.kind[c.start] === WORD) return { code: c.code, start: k, end: c.end };
  }
  return null;
}
