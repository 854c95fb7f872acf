/**
 * Money mentions: every amount of the token stream, left to right, with the ranges two amounts
 * make when a connector joins them and they agree ("40 à 50 k€", "$83K-$130K", "entre 83 000 et
 * 130 000 $", "CHF 120,000 - 140,000"): the range shares the currency and the multiplier.
 */
import type { Lang } from './fact.ts';
import { amountAt, type Amount } from './amounts.ts';
import { withCents } from './cents.ts';
import { isDashCode } from './chars.ts';
import { currencyAt } from './currency.ts';
import { PERIOD_AFTER } from './cues-period.ts';
import { BASIS } from './cues-statement.ts';
import { mayStartNumberWords } from './number-words.ts';
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

/** Words before a first amount that make "et" / "and" / "und" / "en" join a range ("entre", "zwischen", "tussen de"). */
const BETWEEN = new Set([
  'entre',
  'between',
  'zwischen',
  'tussen',
  'minimaal',
  'mindestens',
  'min',
  // Danish, Norwegian, Swedish and Czech ("mellem … og", "mellom … og", "mellan … och", "mezi … a")
  'mellem',
  'mellom',
  'mellan',
  'mezi',
]);
/** Words before a first amount that make the next word join a range: "od 14 000 do 18 000 zł"
 * (Polish, Czech), "fra 45.000 til 55.000 kr", "från 35 000 till 40 000 kr", "desde 30.000 hasta
 * 40.000 €". */
const FROM_TO: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['od', new Set(['do'])],
  ['fra', new Set(['til'])],
  ['fran', new Set(['till'])], // "från", folded
  ['desde', new Set(['hasta'])],
  ['de', new Set(['hasta'])],
]);
/** Words opening the second end of a range, skipped ("minimaal € 3.200 en maximaal € 4.600"). */
const UPPER_END = new Set(['maximaal', 'hochstens', 'max', 'maximum']);

/** "â€“", "â€”": a dash read in the wrong encoding (UTF-8 bytes shown as Windows-1252). */
function mojibakeDashAt(t: Tokens, c: number): boolean {
  if (t.raw(c) !== 'â' || c + 2 >= t.count || t.raw(c + 1) !== '€') return false;
  if (t.start[c + 1] !== t.end[c] || t.start[c + 2] !== t.end[c + 1]) return false;
  const third = t.code(c + 2);
  return (
    third === 0x201c || third === 0x201d || third === 0x93 || third === 0x94 || isDashCode(third)
  );
}

/** The connector at token c (the end of the first amount): where the second amount starts, or null. */
function connectorStart(t: Tokens, a: Amount, c: number): number | null {
  if (c >= t.count || t.kind[c] === NL) return null;
  const raw = t.raw(c);
  const key = t.key(c);
  if (t.kind[c] === PUNCT && raw.length === 1 && isDashCode(raw.charCodeAt(0))) return c + 1;
  if (mojibakeDashAt(t, c)) return c + 3;
  if (t.kind[c] !== WORD) return null;
  if (raw === 'à' || raw === 'À' || key === 'to' || key === 'au' || key === 'bis') return c + 1;
  if (key === 'tot') return t.key(c + 1) === 'en' && t.key(c + 2) === 'met' ? c + 3 : c + 1;
  if (key === 'a' && t.key(a.first - 1) === 'de') return c + 1; // "de 40000 a 50000"
  if (key === 'jusqu' && t.key(c + 1) === "'" && t.key(c + 2) === 'a') return c + 3;
  if (key === 'til') return c + 1; // Danish and Norwegian "45.000 til 55.000 kr"
  const before = t.key(a.first - 1);
  const before2 = t.key(a.first - 2);
  if (
    key === 'et' ||
    key === 'and' ||
    key === 'und' ||
    key === 'en' ||
    key === 'og' ||
    key === 'och' ||
    (key === 'a' && (before === 'mezi' || before2 === 'mezi'))
  ) {
    if (BETWEEN.has(before) || BETWEEN.has(before2)) return c + 1;
  }
  if (FROM_TO.get(before)?.has(key) || FROM_TO.get(before2)?.has(key)) return c + 1;
  return null;
}

/**
 * Is there a range connector after amount A, and where does the second amount start? The unit
 * may be said at both ends ("900 euros brut par mois à 1100 euros brut par mois", "$25 per hour -
 * $30 per hour"): period and basis words between the first end and the connector are skipped.
 */
function connectorAt(t: Tokens, a: Amount, lang: Lang): number | null {
  let c = a.last;
  let s = connectorStart(t, a, c);
  for (let hops = 0; s === null && hops < 3 && c < t.count; hops += 1) {
    const said = PERIOD_AFTER.matchAt(t, c, lang) ?? BASIS.matchAt(t, c, lang);
    if (!said) break;
    c = said.end;
    s = connectorStart(t, a, c);
  }
  if (s !== null && s < t.count && UPPER_END.has(t.key(s))) s += t.raw(s + 1) === '.' ? 2 : 1;
  return s;
}

function startsAmount(t: Tokens, i: number): boolean {
  return i < t.count && (t.kind[i] === NUM || t.kind[i] === WORD || t.kind[i] === SYM);
}

/** The second amount of a range may start with its own currency ("$83K-$130K", "40k€-50k€"). */
function secondAmount(t: Tokens, s: number, lang: Lang): Amount | null {
  if (!startsAmount(t, s)) return null;
  let b: Amount | null = null;
  const cur = t.kind[s] === NUM ? null : currencyAt(t, s);
  if (t.kind[s] === NUM) b = amountAt(t, s, lang, s);
  else if (cur) {
    // "Fr. 110’000": the abbreviation dot belongs to the currency
    const n = t.raw(cur.end) === '.' && !t.spaceBefore(cur.end) ? cur.end + 1 : cur.end;
    if (n < t.count && t.kind[n] === NUM) b = amountAt(t, n, lang, s);
  } else if (t.kind[s] === WORD && !cur) b = amountAt(t, s, lang, s);
  return b ? withCents(t, b, lang) : null;
}

/**
 * The currency of a range, or undefined when its ends disagree. "$90,000-$120,000 AUD": a bare
 * "$" end takes the dollar code the other end names.
 */
function rangeCurrency(a: Amount, b: Amount): string | null | undefined {
  if (!a.currency || !b.currency || a.currency === b.currency) return a.currency ?? b.currency;
  if (a.dollar === 'sign' && b.dollar === 'code') return b.currency;
  if (a.dollar === 'code' && b.dollar === 'sign') return a.currency;
  return undefined;
}

/** Joins A and B into a range when they agree; shares the currency and the multiplier. */
function joinRange(a: Amount, b: Amount): MoneyMention | null {
  const currency = rangeCurrency(a, b);
  if (currency === undefined) return null;
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
      currency,
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
    currency,
    first: a.first,
    last: b.last,
    isRange: true,
    parts: [a, b],
  };
}

/** Every money amount and range, left to right (currency null where none is written). */
export function findMoneyMentions(t: Tokens, lang: Lang): MoneyMention[] {
  const out: MoneyMention[] = [];
  let i = 0;
  let floor = 0;
  while (i < t.count) {
    const kind = t.kind[i];
    if (kind !== NUM && (kind !== WORD || !mayStartNumberWords(t, i))) {
      i += 1;
      continue;
    }
    const found = amountAt(t, i, lang, floor);
    const a = found ? withCents(t, found, lang) : null;
    if (!a) {
      i += 1;
      continue;
    }
    const s = connectorAt(t, a, lang);
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
