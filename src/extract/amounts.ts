/**
 * Money amounts in the token stream: a number (digits or words) with its multiplier (k, K, M,
 * millions, mille) and its currency before or after, and ranges of two such amounts sharing a
 * currency and a multiplier ("40 à 50 k€", "$83K-$130K", "entre 83 000 et 130 000 $",
 * "CHF 120,000 - 140,000"). One pass over the tokens.
 */
import { isDashCode } from './chars.ts';
import { currencyAfterScale, currencyAt, currencyBefore } from './currency.ts';
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
}

export interface MoneyMention {
  readonly low: number;
  readonly high: number;
  readonly currency: string | null;
  readonly first: number;
  readonly last: number;
  readonly isRange: boolean;
  readonly parts: readonly Amount[];
}

const MULTIPLIERS: Record<string, number> = {
  k: 1e3,
  keur: 1e3,
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
};
const WORD_SCALES = new Set([
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
  const next = i + 1;
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

/** One amount whose number starts at token i (digits or words), or null. */
export function amountAt(t: Tokens, i: number): Amount | null {
  let value: number;
  let k: number;
  let shaped: boolean;
  if (t.kind[i] === NUM) {
    if (rejectNumber(t, i)) return null;
    value = t.value[i] as number;
    k = i + 1;
    shaped = ((t.flags[i] as number) & (GROUPED | DECIMAL)) !== 0;
  } else {
    const words = numberWordsAt(t, i);
    if (!words) return null;
    const cur = currencyAfterScale(t, words.end);
    if (!cur || t.kind[cur.start] === SYM) return null; // "a $5 bonus": the words need a currency word
    return {
      value: words.value,
      first: i,
      last: cur.end,
      currency: cur.code,
      multiplier: 1,
      shaped: true,
    };
  }
  let multiplier = 1;
  let scaleWord = false;
  let currency: string | null = null;
  if (k < t.count && t.kind[k] === WORD && adjacent(t, i, k)) {
    const key = t.key(k);
    const m = MULTIPLIERS[key];
    // a lone "M"/"m" is a million only glued or before a currency ("1,2 M€", "$1.5M")
    const mOk = key !== 'm' || !t.spaceBefore(k) || currencyAt(t, k + 1) !== null;
    if (m !== undefined && mOk) {
      multiplier = m;
      scaleWord = WORD_SCALES.has(key);
      if (key === 'keur') currency = 'EUR';
      if (key === 'kusd') currency = 'USD';
      k += 1;
    }
  }
  let last = k;
  if (currency === null) {
    const after = scaleWord ? currencyAfterScale(t, k) : currencyAt(t, k);
    if (after && adjacent(t, k, after.end)) {
      currency = after.code;
      last = after.end;
    }
  }
  let first = i;
  if (currency === null) {
    const before = currencyBefore(t, i);
    if (before && adjacent(t, before.start, i)) {
      currency = before.code;
      first = before.start;
    }
  }
  if (multiplier > 1) shaped = true;
  return { value: value * multiplier, first, last, currency, multiplier, shaped };
}

const CENT_WORDS = new Set(['c', 'cent', 'pence', 'penny', 'sen', 'centime', '¢', 'ct']);

/** "$20 and 43c", "20 dollars 43 cents", "20 Rupees 43": cents after a whole amount with its currency. */
function withCents(t: Tokens, a: Amount): Amount {
  if (!a.currency || a.multiplier !== 1 || !Number.isInteger(a.value)) return a;
  let k = a.last;
  if (k < t.count && (t.key(k) === 'and' || t.key(k) === 'et')) k += 1;
  if (k >= t.count || t.kind[k] !== NUM || t.flags[k] !== 1 || (t.value[k] as number) >= 100)
    return a;
  const cents = t.value[k] as number;
  const next = k + 1;
  const centWord = next < t.count && CENT_WORDS.has(t.key(next));
  const atEnd = next >= t.count || t.kind[next] === NL;
  if (!centWord && !atEnd) return a;
  return {
    ...a,
    value: Math.round((a.value + cents / 100) * 100) / 100,
    last: centWord ? next + 1 : next,
  };
}

/** Is there a range connector at token c, and where does the second amount start? */
function connectorAt(t: Tokens, a: Amount): number | null {
  const c = a.last;
  if (c >= t.count || t.kind[c] === NL) return null;
  const raw = t.raw(c);
  const key = t.key(c);
  if (t.kind[c] === PUNCT && raw.length === 1 && isDashCode(raw.charCodeAt(0))) return c + 1;
  if (t.kind[c] !== WORD) return null;
  if (raw === 'à' || raw === 'À' || key === 'to' || key === 'au') return c + 1;
  if (key === 'a' && t.key(a.first - 1) === 'de') return c + 1; // "de 40000 a 50000"
  if (key === 'jusqu' && t.key(c + 1) === "'" && t.key(c + 2) === 'a') return c + 3;
  if (key === 'et' || key === 'and') {
    const before = t.key(a.first - 1);
    const before2 = t.key(a.first - 2);
    if (before === 'entre' || before === 'between' || before2 === 'entre' || before2 === 'between')
      return c + 1;
  }
  return null;
}

function startsAmount(t: Tokens, i: number): boolean {
  return i < t.count && (t.kind[i] === NUM || t.kind[i] === WORD || t.kind[i] === SYM);
}

/** The second amount of a range may start with its own currency ("$83K-$130K", "40k€-50k€"). */
function secondAmount(t: Tokens, s: number): Amount | null {
  if (!startsAmount(t, s)) return null;
  if (t.kind[s] === NUM || t.kind[s] === WORD) {
    const direct = t.kind[s] === NUM ? amountAt(t, s) : null;
    if (direct) return direct;
  }
  const cur = currencyAt(t, s);
  if (cur && cur.end < t.count && t.kind[cur.end] === NUM) return amountAt(t, cur.end);
  if (t.kind[s] === WORD && !cur) return amountAt(t, s);
  return null;
}

/** Joins A and B into a range when they agree; shares the currency and the multiplier. */
function joinRange(a: Amount, b: Amount): MoneyMention | null {
  if (a.currency && b.currency && a.currency !== b.currency) return null;
  let low = a.value;
  let high = b.value;
  if (b.multiplier > 1 && a.multiplier === 1 && low * b.multiplier <= high) low *= b.multiplier;
  else if (a.multiplier > 1 && b.multiplier === 1 && high < low && high * a.multiplier >= low)
    high *= a.multiplier;
  if (low === high)
    return {
      low,
      high,
      currency: a.currency ?? b.currency,
      first: a.first,
      last: b.last,
      isRange: false,
      parts: [a, b],
    };
  if (!(low < high)) return null;
  if (high / Math.max(low, 1e-9) > 50) return null; // "2 - 150 000 €" is not a range
  return {
    low,
    high,
    currency: a.currency ?? b.currency,
    first: a.first,
    last: b.last,
    isRange: true,
    parts: [a, b],
  };
}

/** Every money amount and range, left to right (currency null where none is written). */
export function findMoneyMentions(t: Tokens): MoneyMention[] {
  const out: MoneyMention[] = [];
  let i = 0;
  while (i < t.count) {
    const kind = t.kind[i];
    if (kind !== NUM && kind !== WORD) {
      i += 1;
      continue;
    }
    const found = amountAt(t, i);
    const a = found ? withCents(t, found) : null;
    if (!a) {
      i += 1;
      continue;
    }
    const s = connectorAt(t, a);
    const b = s !== null ? secondAmount(t, s) : null;
    const range = b ? joinRange(a, b) : null;
    if (range) {
      out.push(range);
      i = range.last;
    } else {
      out.push({
        low: a.value,
        high: a.value,
        currency: a.currency,
        first: a.first,
        last: a.last,
        isRange: false,
        parts: [a],
      });
      i = Math.max(a.last, i + 1);
    }
  }
  return out;
}
