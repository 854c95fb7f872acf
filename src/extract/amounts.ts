/**
 * One money amount in the token stream: a number (digits or words) with its multiplier (k, K,
 * M, millions, mille), its currency before or after (or a subunit: "50 cents"), and its sign.
 */
import type { Lang } from './fact.ts';
import { roundMoney, subunitAt } from './cents.ts';
import { currencyAfterScale, currencyAt, currencyBefore, type CurrencyMatch } from './currency.ts';
import { DOLLAR_CODES } from './currency-symbols.ts';
import { numberWordsAt } from './number-words.ts';
import { DECIMAL, GROUPED, NL, NUM, PUNCT, SYM, WORD, type Tokens } from './tokens.ts';

export interface Amount {
  readonly value: number;
  /** First token (currency before included) and token just after (multiplier, currency included). */
  readonly first: number;
  readonly last: number;
  readonly currency: string | null;
  readonly multiplier: number;
  /** Digits with a thousands group, a multiplier or words: not a year, not a count. */
  readonly shaped: boolean;
  /** Written in a subunit ("50 cents"): no range with an amount in the main unit. */
  readonly subunit?: boolean;
  /**
   * Written with a bare "$": `'sign'` when the sign alone gives its currency (USD by default),
   * `'code'` when an ISO code after it names the dollar ("$120,000 AUD"). A range takes the code.
   */
  readonly dollar?: 'sign' | 'code';
}

const MULTIPLIERS: Record<string, number> = {
  k: 1e3,
  keur: 1e3,
  teur: 1e3,
  kusd: 1e3,
  mille: 1e3,
  thousand: 1e3,
  mn: 1e6,
  mio: 1e6,
  million: 1e6,
  m: 1e6,
  md: 1e9,
  mds: 1e9,
  milliard: 1e9,
  bn: 1e9,
  billion: 1e9,
  lakh: 1e5,
  crore: 1e7,
  tsd: 1e3,
  tausend: 1e3,
  duizend: 1e3,
  mln: 1e6,
  miljoen: 1e6,
  millionen: 1e6,
  mrd: 1e9,
};
const WORD_SCALES = new Set([
  'tsd',
  'tausend',
  'duizend',
  'mln',
  'miljoen',
  'millionen',
  'mrd',
  'mille',
  'thousand',
  'million',
  'milliard',
  'billion',
  'lakh',
  'crore',
  'mn',
  'mio',
  'md',
  'bn',
]);
/** Letters that may be glued after digits and still leave a money amount. */
const GLUED_OK = new Set([
  'k',
  'keur',
  'teur',
  'kusd',
  'm',
  'mn',
  'bn',
  'md',
  'eur',
  'usd',
  'chf',
  'gbp',
  'cad',
]);

function adjacent(t: Tokens, a: number, b: number): boolean {
  for (let k = a; k < b; k += 1) if (t.kind[k] === NL) return false;
  return true;
}

function gluedLeft(t: Tokens, i: number): boolean {
  return i > 0 && !t.spaceBefore(i) && t.end[i - 1] === t.start[i];
}

function rejectNumber(t: Tokens, i: number): boolean {
  if (gluedLeft(t, i)) {
    const prevKind = t.kind[i - 1];
    if (prevKind === WORD && !currencyBefore(t, i)) return true; // "M1802", "RNCP7", "H2"
    if (prevKind === NUM) return true;
    const p = t.raw(i - 1);
    if (p === '+' && t.key(i - 2) === 'bac') return true; // Bac+5
    if (p === '#' || p === '°' || p === '/' || p === ':' || p === '.' || p === ',') return true;
  }
  // "5.000 € brutto/Monat x 13,5", "8 000 CHF x 13": a count of monthly pays, not an amount
  if (i > 0 && t.num(i) <= 16 && (t.raw(i - 1) === 'x' || t.raw(i - 1) === '×')) return true;
  const next = i + 1;
  // "401k", "401(k)": the American retirement plan, never an amount
  if (t.num(i) === 401 && next < t.count && !t.spaceBefore(next) && t.raw(i) === '401') {
    const raw = t.raw(next);
    if (raw === 'k' || raw === 'K' || (raw === '(' && t.key(next + 1) === 'k')) return true;
  }
  if (next < t.count && !t.spaceBefore(next)) {
    const raw = t.raw(next);
    if (raw === '%' || raw === ':' || raw === '°' || (raw === '/' && t.kind[next + 1] === NUM))
      return true;
    if (t.kind[next] === WORD && !GLUED_OK.has(t.key(next)) && !GLUED_OK.has(raw.toLowerCase())) {
      if (!currencyAt(t, next)) return true; // "5G", "3D", "12h", "2e"
    }
  }
  if (next < t.count && t.raw(next) === '%') return true;
  return false;
}

/** A currency after the figure at k: adjacent, or hyphen-glued for words ("one-yen", "5-dollar"). */
function currencyAfter(t: Tokens, k: number, scaleWord: boolean): CurrencyMatch | null {
  const after = scaleWord ? currencyAfterScale(t, k) : currencyAt(t, k);
  if (after) return after;
  if (k < t.count && t.kind[k] === PUNCT && t.code(k) === 45 && !t.spaceBefore(k)) {
    const c = t.spaceBefore(k + 1) ? null : currencyAt(t, k + 1);
    if (c && t.kind[c.start] === WORD) return { ...c, start: k };
  }
  return null;
}

/**
 * Does the currency after a figure belong to the next figure instead? "3 USD50" and "1 $10"
 * (glued to the next one, spaced from this one); "rmb 10 usd 20" (this one has its own before).
 */
function belongsToNext(t: Tokens, after: CurrencyMatch, hasBefore: boolean): boolean {
  const n = after.end;
  if (n >= t.count || t.kind[n] !== NUM || t.kind[after.start] === PUNCT) return false;
  if (!t.spaceBefore(n) && t.spaceBefore(after.start)) return true;
  return hasBefore;
}

/** "75 USD million": a scale word right after the currency. */
function scaleAfterCurrency(t: Tokens, k: number): number {
  if (k >= t.count || t.kind[k] !== WORD) return 1;
  const key = t.key(k);
  return WORD_SCALES.has(key) ? (MULTIPLIERS[key] as number) : 1;
}

function wordsAmount(t: Tokens, i: number, lang: Lang): Amount | null {
  const words = numberWordsAt(t, i, lang);
  if (!words) return null;
  const cur = currencyAfter(t, words.end, true);
  if (cur) {
    if (t.kind[cur.start] === SYM) return null; // "a $5 bonus": the words need a currency word
    const value = cur.scale ? roundMoney(words.value * cur.scale) : words.value;
    return { value, first: i, last: cur.end, currency: cur.code, multiplier: 1, shaped: true };
  }
  const sub = subunitAt(t, words.end, lang); // "ten cents", "one penny"
  if (!sub) return null;
  const value = roundMoney(words.value / sub.sub.per);
  const currency = sub.sub.code;
  return { value, first: i, last: sub.end, currency, multiplier: 1, shaped: true, subunit: true };
}

/**
 * A minus sign glued before a figure after a word or a colon ("de -500 €", "a loss of −2,5 M€"):
 * a negative amount. Not after a figure or a currency ("40 -50 k€", "$40 -$50" are ranges), nor
 * at a line start (a list bullet).
 */
function minusBefore(t: Tokens, first: number): boolean {
  const m = first - 1;
  if (m < 1 || t.kind[m] !== PUNCT || t.spaceBefore(first)) return false;
  const c = t.code(m);
  if (c !== 45 && c !== 0x2212) return false;
  const p = m - 1;
  if (!t.spaceBefore(m) || t.kind[p] === NUM || t.kind[p] === SYM || t.kind[p] === NL) return false;
  return t.kind[p] !== WORD || currencyAt(t, p) === null;
}

/** One amount whose number starts at token i (digits or words), or null; `floor`: the end of the previous amount. */
export function amountAt(t: Tokens, i: number, lang: Lang, floor = 0): Amount | null {
  if (t.kind[i] !== NUM) return wordsAmount(t, i, lang);
  if (rejectNumber(t, i)) return null;
  let value = t.num(i);
  let k = i + 1;
  let shaped = ((t.flags[i] as number) & (GROUPED | DECIMAL)) !== 0;
  let multiplier = 1;
  let scaleWord = false;
  let currency: string | null = null;
  if (k < t.count && t.kind[k] === WORD && adjacent(t, i, k)) {
    const key = t.key(k);
    // "75 T€": German "Tausend Euro" (a T glued to the euro sign)
    const thousandEuro = t.raw(k) === 'T' && t.raw(k + 1) === '€' && !t.spaceBefore(k + 1);
    const m = thousandEuro ? 1e3 : MULTIPLIERS[key];
    // a lone "M"/"m" is a million only glued or before a currency ("1,2 M€", "$1.5M")
    const mOk = key !== 'm' || !t.spaceBefore(k) || currencyAt(t, k + 1) !== null;
    if (m !== undefined && mOk) {
      multiplier = m;
      scaleWord = WORD_SCALES.has(key);
      if (key === 'keur' || key === 'teur') currency = 'EUR';
      if (key === 'kusd') currency = 'USD';
      k += 1;
      if (key === 'tsd' && t.raw(k) === '.' && !t.spaceBefore(k)) k += 1; // "65 Tsd. Euro"
    }
  }
  // "3.200,- €", "120'000.–": a dash for "no cents" after the figure
  if (multiplier === 1 && noCentsDashAt(t, k)) k += 2;
  let last = k;
  let first = i;
  let dollar: Amount['dollar'];
  const before = currency === null ? currencyBefore(t, i, floor) : null;
  const beforeOk =
    before !== null &&
    adjacent(t, before.start, i) &&
    // "en euros 2024": a currency word before a bare year is not its currency
    !(before.word === true && !shaped && value >= 1900 && value <= 2100 && multiplier === 1);
  if (currency === null) {
    const after = currencyAfter(t, k, scaleWord);
    if (after && adjacent(t, k, after.end) && !belongsToNext(t, after, beforeOk)) {
      currency = after.code;
      last = after.end;
      if (after.scale) multiplier *= after.scale;
      else if (multiplier === 1) {
        const scale = scaleAfterCurrency(t, last);
        if (scale > 1) {
          multiplier = scale;
          last += 1;
        }
      }
      if (beforeOk && before.code === currency)
        first = before.start; // "$10 dollars"
      else if (beforeOk && isBareDollar(t, before) && DOLLAR_CODES.has(currency)) {
        first = before.start; // "$120,000 AUD"
        dollar = 'code';
      }
    }
  }
  if (currency === null && beforeOk) {
    currency = before.code;
    first = before.start;
    if (before.scale) multiplier *= before.scale;
    if (isBareDollar(t, before)) dollar = 'sign';
  }
  let subunit = false;
  if (currency === null && multiplier === 1) {
    const sub = subunitAt(t, k, lang); // "50 cents", "470 pence", "12-cent"
    if (sub) {
      currency = sub.sub.code;
      value /= sub.sub.per;
      last = sub.end;
      subunit = true;
    }
  }
  if (multiplier > 1) shaped = true;
  const sign = minusBefore(t, first) ? -1 : 1;
  const amount = {
    value: sign * (multiplier === 1 && !subunit ? value : roundMoney(value * multiplier)),
    first: sign === -1 ? first - 1 : first,
    last,
    currency,
    multiplier,
    shaped,
  };
  if (subunit) return { ...amount, subunit };
  return dollar ? { ...amount, dollar } : amount;
}

/** ",-" / ".–" glued after a figure: written-out "no cents" (German, Dutch, Swiss usage). */
function noCentsDashAt(t: Tokens, k: number): boolean {
  if (k + 1 >= t.count || t.spaceBefore(k) || t.spaceBefore(k + 1)) return false;
  const c = t.code(k);
  if ((c !== 44 && c !== 46) || t.kind[k] !== PUNCT || t.kind[k + 1] !== PUNCT) return false;
  const d = t.code(k + 1);
  const next = k + 2 < t.count ? t.kind[k + 2] : NL;
  // not "40,-50": the dash is a range's when a figure follows it glued
  return (d === 45 || d === 0x2013 || d === 0x2014) && !(next === NUM && !t.spaceBefore(k + 2));
}

function isBareDollar(t: Tokens, c: CurrencyMatch): boolean {
  return c.end - c.start === 1 && t.kind[c.start] === SYM && t.code(c.start) === 36;
}
