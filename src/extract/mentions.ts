/**
 * Money mentions: every amount of the token stream, left to right, with the ranges two amounts
 * make when a connector joins them and they agree ("40 à 50 k€", "$83K-$130K", "entre 83 000 et
 * 130 000 $", "CHF 120,000 - 140,000"): the range shares the currency and the multiplier.
 */
import { amountAt, type Amount } from './amounts.ts';
import { withCents } from './cents.ts';
import { isDashCode } from './chars.ts';
import { currencyAt } from './currency.ts';
import { mayBeNumberWord } from './number-words.ts';
import { NL, NUM, PUNCT, SYM, WORD, type Tokens } from './tokens.ts';

export interface MoneyMention {
  readonly low: number;
  readonly high: number;
  readonly currency: string | null;
  readonly first: number;
  readonly last: number;
  readonly isRange: boolean;
  readonly parts: readonly Amount[];
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
function secondAmount(t: Tokens, s: number, lang: 'fr' | 'en'): Amount | null {
  if (!startsAmount(t, s)) return null;
  let b: Amount | null = null;
  const cur = t.kind[s] === NUM ? null : currencyAt(t, s);
  if (t.kind[s] === NUM) b = amountAt(t, s, lang, s);
  else if (cur && cur.end < t.count && t.kind[cur.end] === NUM) b = amountAt(t, cur.end, lang, s);
  else if (t.kind[s] === WORD && !cur) b = amountAt(t, s, lang, s);
  return b ? withCents(t, b, lang) : null;
}

/** Joins A and B into a range when they agree; shares the currency and the multiplier. */
function joinRange(a: Amount, b: Amount): MoneyMention | null {
  if (a.currency && b.currency && a.currency !== b.currency) return null;
  if ((a.subunit ?? false) !== (b.subunit ?? false)) return null;
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
export function findMoneyMentions(t: Tokens, lang: 'fr' | 'en'): MoneyMention[] {
  const out: MoneyMention[] = [];
  let i = 0;
  let floor = 0;
  while (i < t.count) {
    const kind = t.kind[i];
    if (kind !== NUM && (kind !== WORD || !mayBeNumberWord(t, i))) {
      i += 1;
      continue;
    }
    const found = amountAt(t, i, lang, floor);
    const a = found ? withCents(t, found, lang) : null;
    if (!a) {
      i += 1;
      continue;
    }
    const s = connectorAt(t, a);
    const b = s !== null ? secondAmount(t, s, lang) : null;
    const range = b ? joinRange(a, b) : null;
    if (range) {
      out.push(range);
      i = range.last;
      floor = i;
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
      floor = a.last;
    }
  }
  return out;
}
